package org.troika.glossary;

import java.util.List;
import java.util.Locale;

/**
 * One term of the domain as trainers and the UI use it.
 *
 * @param id            a stable slug that tours cite ({@code three-carriages})
 * @param zh            the Chinese term
 * @param pinyin        its pinyin with tone marks
 * @param en            the English name used in code and UI
 * @param explanationZh a short explanation in Chinese
 * @param explanationEn a short explanation in English
 * @param kinds         the labels of the stakeholder kinds the term names ({@code OwnersCommittee}); may be empty
 */
public record GlossaryTerm(String id, String zh, String pinyin, String en, String explanationZh, String explanationEn,
        List<String> kinds) {

    public GlossaryTerm {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** The term in the language of the locale: English for English, Chinese otherwise. */
    public String term(Locale locale) {
        return english(locale) ? en : zh;
    }

    /** The explanation in the language of the locale: English for English, Chinese otherwise. */
    public String explanation(Locale locale) {
        return english(locale) ? explanationEn : explanationZh;
    }

    private static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
