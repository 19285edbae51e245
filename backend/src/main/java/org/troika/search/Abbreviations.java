package org.troika.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The table of domain abbreviations ({@code abbreviations.txt} beside this class): groups of forms
 * that search treats as one name, such as 业主委员会 and 业委会.
 */
final class Abbreviations {

    private static final String RESOURCE = "abbreviations.txt";

    /** More variants than this per text only bloat the keys; real names hold one or two abbreviations. */
    private static final int MAX_VARIANTS = 16;

    private final List<List<String>> groups;
    private final Map<String, Integer> groupOfForm = new HashMap<>();
    private final int longestForm;

    Abbreviations(List<List<String>> groups) {
        this.groups = groups.stream().map(List::copyOf).toList();
        int longest = 0;
        for (int g = 0; g < this.groups.size(); g++) {
            for (String form : this.groups.get(g)) {
                Integer before = groupOfForm.putIfAbsent(form, g);
                if (before != null && before != g) {
                    throw new IllegalArgumentException("Abbreviation '" + form + "' is in two groups");
                }
                longest = Math.max(longest, form.length());
            }
        }
        this.longestForm = longest;
    }

    /** The groups, one per line with their forms, in a stable order: a change here changes the keys. */
    String fingerprint() {
        return String.join("\n", groups.stream().map(group -> String.join(" ", group)).toList());
    }

    /** The table shipped with Troika. */
    static Abbreviations standard() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " beside " + Abbreviations.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** One group a line, forms separated by whitespace; blank lines and lines starting with # are skipped. */
    static Abbreviations parse(String table) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : table.split("\\R")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            List<String> forms = Arrays.stream(content.split("\\s+")).map(ChineseText::normalise)
                    .filter(form -> !form.isEmpty()).distinct().toList();
            if (forms.size() > 1) {
                groups.add(forms);
            }
        }
        return new Abbreviations(groups);
    }

    /**
     * The text itself, then the text with the abbreviations it contains written in each other form
     * of their group (one group at a time), then with all of them in their full form. A form is
     * shortened anywhere, but lengthened only at the end of a word (before a space, a digit,
     * punctuation or the end): Chinese names end in what they are (示意业委会 仙霞-01, 虹旭居委会),
     * while a short form followed by more characters is usually part of a longer word (物业提升方案
     * is no 物业服务企业提升方案). The text must be normalised; so are the variants.
     */
    List<String> variants(String text) {
        List<Segment> segments = segments(text);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(text);
        for (int group : segments.stream().mapToInt(Segment::group).filter(g -> g >= 0).distinct().toArray()) {
            for (String form : groups.get(group)) {
                variants.add(render(segments, g -> g == group ? form : null));
            }
        }
        variants.add(render(segments, g -> groups.get(g).getFirst()));
        return variants.stream().limit(MAX_VARIANTS).toList();
    }

    /** Plain text (group -1) or an abbreviation of a group, and whether a word ends after it. */
    private record Segment(String text, int group, boolean endsWord) {

        String in(String form) {
            return form == null || (form.length() > text.length() && !endsWord) ? text : form;
        }
    }

    /** The text cut into abbreviations (longest form first) and the plain text between them. */
    private List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        var plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String match = null;
            for (int length = Math.min(longestForm, text.length() - i); length > 0 && match == null; length--) {
                String candidate = text.substring(i, i + length);
                if (groupOfForm.containsKey(candidate)) {
                    match = candidate;
                }
            }
            if (match == null) {
                plain.append(text.charAt(i));
                i++;
            } else {
                if (!plain.isEmpty()) {
                    segments.add(new Segment(plain.toString(), -1, false));
                    plain.setLength(0);
                }
                i += match.length();
                boolean endsWord = i == text.length() || !ChineseText.isHan(text.codePointAt(i));
                segments.add(new Segment(match, groupOfForm.get(match), endsWord));
            }
        }
        if (!plain.isEmpty()) {
            segments.add(new Segment(plain.toString(), -1, false));
        }
        return segments;
    }

    /**
     * The segments written out, each abbreviation in the form {@code formOf} gives when it may take
     * that form, as it stands otherwise (or when {@code formOf} gives null).
     */
    private static String render(List<Segment> segments, IntFunction<String> formOf) {
        var text = new StringBuilder();
        for (Segment segment : segments) {
            text.append(segment.group < 0 ? segment.text : segment.in(formOf.apply(segment.group)));
        }
        return text.toString();
    }
}
