package org.troika;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a user of the test database in to a browserless test's Vaadin session, read through the application's own
 * user details, as a real sign-in leaves them: views read the signed-in user from the session, services from the
 * thread. Or signs nobody in, so that no earlier test's sign-in lingers.
 */
public final class BrowserlessSignIn {

    private static final String SESSION_KEY = "SPRING_SECURITY_CONTEXT";

    private BrowserlessSignIn() {
    }

    public static void as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        signIn(context);
    }

    public static void asNobody() {
        signIn(SecurityContextHolder.createEmptyContext());
    }

    private static void signIn(SecurityContext context) {
        VaadinSession.getCurrent().getSession().setAttribute(SESSION_KEY, context);
        SecurityContextHolder.setContext(context);
    }
}
