package org.troika.access;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The role of whoever makes the current request, read from the Spring Security context of the thread. */
public final class CurrentRole {

    private CurrentRole() {
    }

    /** The highest role of the signed-in user, {@link Role#ANONYMOUS} when nobody is signed in. */
    public static Role get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Role.ANONYMOUS;
        }
        return Role.highestOf(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    /** Whether the current request is allowed what {@code role} is. */
    public static boolean isAtLeast(Role role) {
        return get().includes(role);
    }
}
