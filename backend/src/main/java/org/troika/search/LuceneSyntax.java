package org.troika.search;

/**
 * Writes user text into Lucene's classic query syntax as plain text: every character that means
 * something to the parser is escaped, so no input can add operators, fields, wildcards or ranges.
 */
final class LuceneSyntax {

    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

    private LuceneSyntax() {
    }

    /** A single term: special characters and whitespace escaped, so the whole text stays one term. */
    static String term(String text) {
        var escaped = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (SPECIAL.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }

    /** A phrase: the analyzer cuts it into tokens that must follow one another. */
    static String phrase(String text) {
        var escaped = new StringBuilder(text.length() + 8).append('"');
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.append('"').toString();
    }
}
