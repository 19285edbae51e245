package org.troika.access;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, read from the Spring Security context of the thread. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The name of the signed-in user; empty for an anonymous visitor. */
    public static Optional<String> name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null || authentication.getName().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
