package org.troika.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;

/**
 * The personal data of people ({@code Person} stakeholders) and the one rule for reading it: staff and admins see it,
 * everyone else sees it masked ({@code 潘小明} → {@code 潘**}, {@code Pan Xiaoming} → {@code P***},
 * {@code 13812341234} → {@code 138****1234}). Every read path builds its stakeholders through {@link #view}.
 */
public final class PersonalData {

    /** The kind label of the stakeholders that carry personal data. */
    public static final String PERSON = "Person";
    /** The properties of a person that say who they are. */
    public static final Set<String> FIELDS = Set.of("name", "nameEn", "aliases", "phone");
    /** Properties computed from the personal fields (the search keys), never shown masked: they are left out. */
    public static final Set<String> DERIVED = Set.of("searchNames", "searchAliases", "searchPinyin", "searchWords");
    /** Set on a person whose personal data was erased: the placeholders left are nobody's data. */
    public static final String ERASED = "erased";

    private static final String NAME_MASK = "***";
    /** A mainland mobile (11 digits from 1) or a landline with its area code, either optionally after +86. */
    private static final Pattern PHONE = Pattern.compile("(\\+86[ -]?)?(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})");

    private PersonalData() {
    }

    /** Whether the current request may see personal data unmasked (staff and above). */
    public static boolean visible() {
        return CurrentRole.isAtLeast(Role.STAFF);
    }

    /**
     * Refuses what only staff may do with personal data.
     *
     * @param what what was asked, for the message ({@code "Filtering people by name"})
     * @throws AccessDeniedException below staff
     */
    public static void requireVisible(String what) {
        if (!visible()) {
            throw new AccessDeniedException(what + " needs the STAFF role: people's names and phone numbers are "
                    + "personal data, shown only to staff (the current role is " + CurrentRole.get() + ")");
        }
    }

    /** Whether a stakeholder of this kind carries personal data. */
    public static boolean personal(Object kind) {
        return PERSON.equals(kind);
    }

    /** A stakeholder's properties as the current request may see them: a person's masked below staff, else as they are. */
    public static Map<String, Object> view(Map<String, Object> properties) {
        if (!personal(properties.get("kind")) || Boolean.TRUE.equals(properties.get(ERASED)) || visible()) {
            return properties;
        }
        return masked(properties);
    }

    /** A person's properties with every personal field masked and the search keys left out. */
    public static Map<String, Object> masked(Map<String, Object> properties) {
        Map<String, Object> masked = new HashMap<>(properties);
        DERIVED.forEach(masked::remove);
        masked.computeIfPresent("name", (key, value) -> maskName(String.valueOf(value)));
        masked.computeIfPresent("nameEn", (key, value) -> maskName(String.valueOf(value)));
        masked.computeIfPresent("phone", (key, value) -> maskPhone(String.valueOf(value)));
        masked.computeIfPresent("aliases", (key, value) -> value instanceof List<?> aliases
                ? aliases.stream().map(alias -> maskName(String.valueOf(alias))).toList() : maskName(String.valueOf(value)));
        return masked;
    }

    /** A person's properties without the personal fields and the search keys, as exports write them by default. */
    public static Map<String, Object> without(Map<String, Object> properties) {
        Map<String, Object> kept = new HashMap<>(properties);
        FIELDS.forEach(kept::remove);
        DERIVED.forEach(kept::remove);
        return kept;
    }

    /**
     * What is wrong with a phone number; empty when it is one. The message never repeats the number: messages may
     * reach a log.
     */
    public static Optional<String> phoneProblem(String phone) {
        if (phone == null || PHONE.matcher(phone.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of("phone is not a phone number: give a mobile number of 11 digits starting with 1 "
                + "(13812341234) or a landline with its area code (021-62345678), optionally after +86");
    }

    /**
     * A name masked: a Chinese name keeps its first character and gets one {@code *} for each other character (at
     * least one), {@code 潘小明} → {@code 潘**}; any other keeps its first letter, {@code Pan Xiaoming} → {@code P***}.
     * Masking a masked name gives it back unchanged.
     */
    public static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        String stripped = name.strip();
        int first = stripped.codePointAt(0);
        String head = new String(Character.toChars(first));
        if (Character.UnicodeScript.of(first) != Character.UnicodeScript.HAN) {
            return head + NAME_MASK;
        }
        int rest = stripped.codePointCount(0, stripped.length()) - 1;
        return head + "*".repeat(Math.max(1, rest));
    }

    /**
     * A phone number masked: its first three and last four characters kept, each other one a {@code *}
     * ({@code 13812341234} → {@code 138****1234}); a number of seven characters or fewer is all {@code *}.
     */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
