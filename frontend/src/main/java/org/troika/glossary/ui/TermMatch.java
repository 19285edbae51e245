package org.troika.glossary.ui;

import java.text.Normalizer;
import java.util.Locale;
import org.troika.glossary.GlossaryTerm;

/** Whether a term matches what a reader typed: its Chinese, its pinyin with or without tone marks and spaces, or its English. */
final class TermMatch {

    private TermMatch() {
    }

    static boolean matches(GlossaryTerm term, String typed) {
        String wanted = plain(typed);
        if (wanted.isEmpty()) {
            return true;
        }
        return plain(term.zh()).contains(wanted) || plain(term.pinyin()).contains(wanted)
                || plain(term.en()).contains(wanted)
                || term.en().toLowerCase(Locale.ROOT).contains(typed.strip().toLowerCase(Locale.ROOT));
    }

    /** Lower case without tone marks, spaces, hyphens or apostrophes: {@code sān jià mǎchē} becomes {@code sanjiamache}. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\s'’\\-]", "");
    }
}
