package org.troika.access;

import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: 12 to 128 characters, at least 5 different ones, not the user's name and not one of the
 * passwords every attacker tries first. A refusal names the rule broken, never the password.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 5;

    /** Defaults and favourites of password lists, lower case, compared after removing digits and punctuation too. */
    private static final Set<String> KNOWN = Set.of("password", "passwort", "admin", "administrator", "changeme",
            "change-me", "changeit", "secret", "letmein", "welcome", "qwerty", "qwertyuiop", "asdfghjkl", "iloveyou",
            "troika", "neo4j", "default", "123456789012", "abcdefghijkl", "abc123abc123", "p@ssw0rd", "passw0rd");

    private PasswordRules() {
    }

    /**
     * Checks a new password.
     *
     * @throws IllegalArgumentException naming the rule the password breaks
     */
    public static void check(String username, String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A password is needed");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters, this one has " + length);
        }
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("A password has at most " + MAX_LENGTH + " characters, this one has " + length);
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw new IllegalArgumentException("A password needs at least " + MIN_DISTINCT + " different characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("A password must not contain the user's name");
        }
        if (isKnown(password)) {
            throw new IllegalArgumentException("This password is a well-known default or a favourite of password lists; choose another");
        }
    }

    /** Whether the password is a known default or a trivial variation of one (digits and punctuation around it). */
    public static boolean isKnown(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String letters = lower.replaceAll("[^\\p{L}]", "");
        return KNOWN.contains(lower) || KNOWN.contains(letters) || letters.isEmpty() && lower.chars().distinct().count() < MIN_DISTINCT;
    }
}
