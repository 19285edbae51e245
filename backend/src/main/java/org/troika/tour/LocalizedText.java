package org.troika.tour;

import java.util.Locale;

/** A text in Chinese and English; in a tour with problems either may be missing (null). */
public record LocalizedText(String zh, String en) {

    /** The text in the locale's language: English for English, Chinese (the default) otherwise. */
    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
    }

    boolean hasZh() {
        return zh != null && !zh.isBlank();
    }

    boolean hasEn() {
        return en != null && !en.isBlank();
    }
}
