package org.troika.change;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable ids as the seed makes them: lower-case letters and digits in hyphenated words. */
final class Slugs {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_NAME_PART = 40;

    private Slugs() {
    }

    /** {@code OwnersCommittee} → {@code owners-committee}. */
    static String ofKind(String label) {
        return words(label.replaceAll("([a-z0-9])([A-Z])", "$1-$2"));
    }

    /**
     * The words of an English name (accents dropped), at most about forty characters; for a name without Latin
     * letters or digits, a short code made from it, so that the id is still stable and plain.
     */
    static String ofName(String name, String nameEn) {
        String words = nameEn == null ? "" : words(nameEn);
        if (words.isEmpty()) {
            words = words(name);
        }
        if (words.isEmpty()) {
            return Integer.toUnsignedString(name.hashCode(), 36);
        }
        if (words.length() > MAX_NAME_PART) {
            int cut = words.lastIndexOf('-', MAX_NAME_PART);
            words = words.substring(0, cut > 0 ? cut : MAX_NAME_PART);
        }
        return words;
    }

    private static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
