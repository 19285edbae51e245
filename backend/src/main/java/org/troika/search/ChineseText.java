package org.troika.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normal forms and pinyin of names and queries. Keys and queries go through the same steps, so
 * that whatever a user types compares with what the index holds.
 */
final class ChineseText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Pinyin of a text: syllables separated by spaces, joined, and the initials. */
    record PinyinForms(String spaced, String joined, String initials) {
    }

    private ChineseText() {
    }

    /**
     * Full-width to half-width (NFKC), traditional to simplified, lower case, runs of whitespace
     * to one space, trimmed. NFKC also turns the ideographic space into a plain one.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String simplified = containsHan(halfWidth) ? HanLP.convertToSimplifiedChinese(halfWidth) : halfWidth;
        return WHITESPACE.matcher(simplified.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Only the letters and digits of a text, so that 示意业委会 仙霞-01 and 示意业委会仙霞01 compare equal. */
    static String compact(String text) {
        var compact = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(compact::appendCodePoint);
        return compact.toString();
    }

    static boolean containsHan(String text) {
        return text.codePoints().anyMatch(ChineseText::isHan);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * The pinyin of a normalised text that contains Chinese: each run of Chinese characters read as
     * words (so 长宁 is chang ning, not zhang ning), without tones, ü written v as pinyin keyboards
     * do; runs of other letters and digits kept whole; punctuation dropped. Empty without Chinese.
     */
    static Optional<PinyinForms> pinyin(String text) {
        if (!containsHan(text)) {
            return Optional.empty();
        }
        List<String> syllables = new ArrayList<>();
        var initials = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean han = isHan(text.codePointAt(i));
            while (i < text.length() && isHan(text.codePointAt(i)) == han) {
                i += Character.charCount(text.codePointAt(i));
            }
            String run = text.substring(start, i);
            if (han) {
                for (Pinyin reading : HanLP.convertToPinyinList(run)) {
                    String syllable = reading.getPinyinWithoutTone();
                    if (reading != Pinyin.none5 && !syllable.isEmpty()) {
                        syllables.add(syllable);
                        initials.append(syllable.charAt(0));
                    }
                }
            } else {
                for (String word : WHITESPACE.split(run)) {
                    String kept = compact(word);
                    if (!kept.isEmpty()) {
                        syllables.add(kept);
                        initials.append(kept);
                    }
                }
            }
        }
        return Optional.of(new PinyinForms(String.join(" ", syllables), String.join("", syllables), initials.toString()));
    }
}
