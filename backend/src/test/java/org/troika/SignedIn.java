package org.troika;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.troika.access.Role;

/** Who makes the test's requests: sets the Spring Security context of the test's thread, as a login would. */
public final class SignedIn {

    private SignedIn() {
    }

    /**
     * Requests from now on come from a user with that role and, as real users have them, the authorities of the roles
     * below it; {@link Role#ANONYMOUS} signs out.
     */
    public static void as(Role role) {
        if (role == Role.ANONYMOUS) {
            nobody();
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-" + role.name().toLowerCase(java.util.Locale.ROOT), "n/a", java.util.Arrays.stream(Role.values())
                        .filter(held -> held != Role.ANONYMOUS && role.includes(held))
                        .map(held -> new SimpleGrantedAuthority(held.authority())).toList()));
    }

    /** Requests from now on come from nobody signed in. */
    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
