package org.troika.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A user's query, normalised as keys are, and written as the Lucene queries of the two search
 * indexes. Only escaped user text reaches Lucene; fields, operators and boosts are ours.
 *
 * <p>Neo4j's full-text procedures score every document a query matches before they apply the limit,
 * so a search costs in proportion to its matches. The queries are shaped to keep that number small
 * in a city-sized graph: one-character queries match whole keys only, the words query names its
 * fields, and a query that names a kind (业委会) lists that kind from the kind index instead of
 * matching every owners' committee in Lucene.
 *
 * @param text  the normalised query
 * @param forms the query in every form it is keyed in (abbreviation variants, with and without punctuation)
 * @param kinds the kinds the query names (业委会 names OwnersCommittee), whose stakeholders it finds too
 * @param whole query of the whole-key index: exact matches, and prefix matches from two characters on
 * @param words query of the words index: every word of the query as a phrase in a key; null when no
 *              word can match (stop words only)
 */
record SearchQuery(String text, List<String> forms, List<String> kinds, String whole, String words) {

    static final int MAX_LENGTH = 100;

    /**
     * The English stop words that the {@code cjk} analyzer drops (Lucene's CJKAnalyzer list): a word
     * of them alone would vanish from the words query, so it is left out here.
     */
    private static final Set<String> STOP_WORDS = Set.of("a", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "s", "such", "t", "that", "the",
            "their", "then", "there", "these", "they", "this", "to", "was", "will", "with", "www");

    /**
     * The query, or empty when it holds nothing to look for (blank, or no letter or digit at all).
     *
     * @throws IllegalArgumentException when the normalised query is longer than {@value #MAX_LENGTH} characters
     */
    static Optional<SearchQuery> of(String query, List<String> kinds, SearchKeys keys, KindNames kindNames) {
        String text = ChineseText.normalise(query);
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A search query may have at most " + MAX_LENGTH + " characters, this one has " + text.length());
        }
        List<String> forms = keys.forms(text);
        boolean prefixes = ChineseText.compact(text).codePointCount(0, ChineseText.compact(text).length()) > 1;
        // boost 0: the filter narrows the hits but adds nothing to their scores
        String kindFilter = kinds.isEmpty() ? ""
                : " AND kind:(" + String.join(" OR ", kinds.stream().map(LuceneSyntax::term).toList()) + ")^0";
        String words = words(text);
        return Optional.of(new SearchQuery(text, forms, kindNames.named(forms),
                "(" + whole(forms, prefixes) + ")" + kindFilter,
                words == null ? null : "(" + words + ")" + kindFilter));
    }

    /**
     * Exact and prefix matches of the whole query on the keys as they stand, names above aliases
     * above pinyin. The boosts only choose the candidates; the final ranking is in the Cypher query.
     * A single character is no useful prefix (张 starts a tenth of all people's names), so it only
     * matches whole keys.
     */
    private static String whole(List<String> forms, boolean prefixes) {
        List<String> clauses = new ArrayList<>();
        for (String form : forms) {
            String term = LuceneSyntax.term(form);
            boolean latin = !ChineseText.containsHan(form);
            clauses.add(SearchKeys.NAMES + ":" + term + "^8");
            clauses.add(SearchKeys.ALIASES + ":" + term + "^6");
            if (latin) {
                clauses.add(SearchKeys.PINYIN + ":" + term + "^2");
            }
            if (prefixes) {
                clauses.add(SearchKeys.NAMES + ":" + term + "*^4");
                clauses.add(SearchKeys.ALIASES + ":" + term + "*^3");
                if (latin) {
                    clauses.add(SearchKeys.PINYIN + ":" + term + "*^2");
                }
            }
        }
        return String.join(" OR ", clauses);
    }

    /**
     * Every word of the query as a phrase in the words of the keys: names, aliases and pinyin
     * syllables (Chinese as character pairs, so 仙霞 finds 示意业委会 仙霞-01). The keys hold every
     * form of the abbreviations, so the words need not be expanded here. Null when no word is left.
     */
    private static String words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (!ChineseText.compact(word).isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(SearchKeys.WORDS + ":" + LuceneSyntax.phrase(word));
            }
        }
        return words.isEmpty() ? null : String.join(" AND ", words);
    }
}
