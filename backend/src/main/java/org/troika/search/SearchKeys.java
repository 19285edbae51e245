package org.troika.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Computes the search keys of a stakeholder from its name, English name and aliases. Whoever
 * writes a stakeholder's names (the seed loader, imports, mutations) stores these keys with them:
 * {@code SET n += $keys}. The keys are lists of normalised strings:
 * <ul>
 *   <li>{@value #NAMES}: the name and the English name;</li>
 *   <li>{@value #ALIASES}: the aliases;</li>
 *   <li>{@value #PINYIN}: the pinyin of the Chinese names and aliases, joined and as initials
 *       ({@code xianxiaxincunjiedao}, {@code xxxcjd});</li>
 *   <li>{@value #WORDS}: all of the above that words are looked up in: names and aliases, and the
 *       pinyin as syllables ({@code xian xia xin cun jie dao}).</li>
 * </ul>
 * Every name is normalised (simplified Chinese, half-width, lower case), taken with and without
 * punctuation, and in every form of the abbreviations it contains ({@code 业委会 ⇄ 业主委员会}).
 * Migration {@code V0003__search_keys} indexes them twice: whole keys (names, aliases, pinyin) for
 * exact and prefix matches, and the words of {@value #WORDS}. The same input always gives the same
 * keys, in the same order.
 */
@Component
public class SearchKeys {

    public static final String NAMES = "searchNames";
    public static final String ALIASES = "searchAliases";
    public static final String PINYIN = "searchPinyin";
    public static final String WORDS = "searchWords";

    /** Raise when the way keys are computed changes (or a library reads names differently), so graphs are re-keyed. */
    private static final int FORMAT = 1;

    private final Abbreviations abbreviations;

    public SearchKeys() {
        this(Abbreviations.standard());
        // Load the pinyin and conversion dictionaries now rather than during the first search.
        ChineseText.pinyin(ChineseText.normalise("仙霞業委會"));
    }

    SearchKeys(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /**
     * The search-key properties of a stakeholder: {@value #NAMES}, {@value #ALIASES},
     * {@value #PINYIN} and {@value #WORDS}, each a list of strings (empty when there is nothing to
     * key). Any argument may be null.
     */
    public Map<String, Object> properties(String name, String nameEn, Collection<String> aliases) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> aliasKeys = new LinkedHashSet<>();
        Set<String> pinyin = new LinkedHashSet<>();
        Set<String> syllables = new LinkedHashSet<>();
        for (String text : new String[] {name, nameEn}) {
            addForms(text, names, pinyin, syllables);
        }
        if (aliases != null) {
            for (String alias : aliases) {
                addForms(alias, aliasKeys, pinyin, syllables);
            }
        }
        aliasKeys.removeAll(names);
        Set<String> words = new LinkedHashSet<>(names);
        words.addAll(aliasKeys);
        words.addAll(syllables);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(NAMES, List.copyOf(names));
        properties.put(ALIASES, List.copyOf(aliasKeys));
        properties.put(PINYIN, List.copyOf(pinyin));
        properties.put(WORDS, List.copyOf(words));
        return properties;
    }

    /**
     * The version of the keys this class computes: their format and the abbreviation table. Keys
     * stored under another version are stale ({@code SearchKeysBackfill} re-keys them at start).
     */
    public String version() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(abbreviations.fingerprint().getBytes(StandardCharsets.UTF_8));
            return FORMAT + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * The forms in which a text is keyed, and in which a query is looked up: the normalised text in
     * each variant of its abbreviations, each with and without punctuation and spaces.
     */
    List<String> forms(String normalised) {
        Set<String> forms = new LinkedHashSet<>();
        for (String variant : abbreviations.variants(normalised)) {
            forms.add(variant);
            String compact = ChineseText.compact(variant);
            if (!compact.isEmpty()) {
                forms.add(compact);
            }
        }
        return List.copyOf(forms);
    }

    /** The other forms of a normalised word's abbreviations, the word itself first. */
    List<String> variants(String normalised) {
        return abbreviations.variants(normalised);
    }

    private void addForms(String text, Set<String> keys, Set<String> pinyin, Set<String> syllables) {
        String normalised = ChineseText.normalise(text);
        if (normalised.isEmpty()) {
            return;
        }
        keys.addAll(forms(normalised));
        for (String variant : abbreviations.variants(normalised)) {
            ChineseText.pinyin(variant).filter(forms -> !forms.joined().isEmpty()).ifPresent(forms -> {
                pinyin.add(forms.joined());
                pinyin.add(forms.initials());
                syllables.add(forms.spaced());
            });
        }
    }
}
