package org.troika.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTests {

    private final SearchKeys keys = new SearchKeys();
    private final KindNames kindNames = new KindNames(keys);

    @Test
    void a_query_is_normalised_like_the_keys() {
        var query = SearchQuery.of("  業委會　Ｘｉａｎ  ", List.of(), keys, kindNames).orElseThrow();

        assertThat(query.text()).isEqualTo("业委会 xian");
        assertThat(query.forms()).contains("业委会 xian", "业委会xian", "业主委员会 xian");
    }

    @Test
    void every_special_character_of_lucene_is_escaped() {
        assertThat(LuceneSyntax.term("a+b-c!d(e)f:g^h[i]j\"k{l}m~n*o?p|q&r/s\\t u"))
                .isEqualTo("a\\+b\\-c\\!d\\(e\\)f\\:g\\^h\\[i\\]j\\\"k\\{l\\}m\\~n\\*o\\?p\\|q\\&r\\/s\\\\t\\ u");
        assertThat(LuceneSyntax.phrase("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
    }

    @Test
    void user_text_becomes_terms_and_phrases_never_operators_or_fields() {
        var query = SearchQuery.of("name:x OR 1=1", List.of(), keys, kindNames).orElseThrow();

        assertThat(query.whole()).contains("searchNames:name\\:x\\ or\\ 1=1^8").doesNotContain(" OR 1");
        assertThat(query.words()).isEqualTo("(searchWords:\"name:x\" AND searchWords:\"1=1\")");
    }

    @Test
    void a_kind_filter_narrows_both_indexes_without_scoring() {
        var query = SearchQuery.of("仙霞", List.of("OwnersCommittee", "Estate"), keys, kindNames).orElseThrow();

        assertThat(query.whole()).endsWith(" AND kind:(OwnersCommittee OR Estate)^0");
        assertThat(query.words()).isEqualTo("(searchWords:\"仙霞\") AND kind:(OwnersCommittee OR Estate)^0");
    }

    @Test
    void a_query_that_names_a_kind_also_looks_for_stakeholders_of_that_kind() {
        for (String query : List.of("业委会", "業主委員會", "yeweihui", "Owners' committee")) {
            var search = SearchQuery.of(query, List.of(), keys, kindNames).orElseThrow();

            assertThat(search.kinds()).as(query).containsExactly("OwnersCommittee");
        }
        assertThat(SearchQuery.of("居委", List.of(), keys, kindNames).orElseThrow().kinds()).containsExactly("ResidentsCommittee");
        assertThat(SearchQuery.of("仙霞", List.of(), keys, kindNames).orElseThrow().kinds()).isEmpty();
    }

    @Test
    void a_single_character_matches_whole_keys_only_and_longer_queries_also_prefixes() {
        assertThat(SearchQuery.of("仙", List.of(), keys, kindNames).orElseThrow().whole())
                .isEqualTo("(searchNames:仙^8 OR searchAliases:仙^6)");
        assertThat(SearchQuery.of("x", List.of(), keys, kindNames).orElseThrow().whole())
                .isEqualTo("(searchNames:x^8 OR searchAliases:x^6 OR searchPinyin:x^2)");
        assertThat(SearchQuery.of("xx", List.of(), keys, kindNames).orElseThrow().whole())
                .contains("searchNames:xx*^4", "searchAliases:xx*^3", "searchPinyin:xx*^2");
    }

    @Test
    void english_stop_words_are_left_out_of_the_words_query() {
        assertThat(SearchQuery.of("the xianxia", List.of(), keys, kindNames).orElseThrow().words())
                .isEqualTo("(searchWords:\"xianxia\")");
        assertThat(SearchQuery.of("the", List.of("Estate"), keys, kindNames).orElseThrow().words()).isNull();
    }

    @Test
    void a_blank_query_or_one_without_letters_or_digits_looks_for_nothing() {
        for (String nothing : new String[] {null, "", "   ", "\u3000", "*", "\\", "( ) ~ \" -"}) {
            assertThat(SearchQuery.of(nothing, List.of(), keys, kindNames)).as("query %s", nothing).isEmpty();
        }
    }

    @Test
    void a_query_longer_than_the_limit_is_refused_with_its_length() {
        assertThatThrownBy(() -> SearchQuery.of("仙".repeat(101), List.of(), keys, kindNames))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A search query may have at most 100 characters, this one has 101");
    }
}
