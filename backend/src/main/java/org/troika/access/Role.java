package org.troika.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of Troika's users, each allowed what the one before it is: an anonymous visitor reads the documented
 * graph without personal data; a researcher also exports, with personal data masked; staff edit and import and see
 * personal data; an admin also manages users and reviews changes.
 */
public enum Role {
    ANONYMOUS, RESEARCHER, STAFF, ADMIN;

    /** The Spring Security authority of this role, {@code ROLE_<NAME>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this role is allowed what {@code other} is. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The role of an authority name ({@code ROLE_STAFF} or {@code STAFF}, any case), if it is one. */
    public static Optional<Role> ofAuthority(String authority) {
        if (authority == null) {
            return Optional.empty();
        }
        String name = authority.strip().toUpperCase(Locale.ROOT);
        String bare = name.startsWith("ROLE_") ? name.substring(5) : name;
        return Arrays.stream(values()).filter(role -> role.name().equals(bare)).findFirst();
    }

    /** The highest role among the authorities, {@link #ANONYMOUS} when none is a role. */
    public static Role highestOf(Collection<String> authorities) {
        return authorities.stream().map(Role::ofAuthority).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).orElse(ANONYMOUS);
    }
}
