package org.troika.change;

import graphql.GraphQLContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.web.util.UriUtils;
import org.troika.access.CurrentUser;

/**
 * Who makes a change, as the history records it: a signed-in user ({@code authenticated}), or a name the request
 * only claims, or {@code anonymous}. Since every change needs a signed-in user, what is written is always the
 * user; the claimed names remain in the history written before sign-in existed.
 */
public record Actor(String name, boolean authenticated) {

    /**
     * The header in which requests claimed a name before sign-in existed (percent-encoded for Chinese). No longer
     * read by the API: every change now needs a signed-in user, who is recorded instead.
     */
    public static final String HEADER = "X-Troika-Actor";
    static final int MAX_LENGTH = 100;

    /** Where {@link ActorInterceptor} leaves the actor in the GraphQL context of a request. */
    static final String CONTEXT_KEY = Actor.class.getName();

    static final Actor ANONYMOUS = new Actor("anonymous", false);

    /** The actor of a GraphQL request: the one {@link ActorInterceptor} set, else the signed-in user of the thread. */
    public static Actor of(GraphQLContext context) {
        Actor actor = context.get(CONTEXT_KEY);
        return actor == null ? current() : actor;
    }

    /** The signed-in user of the current thread's Spring Security context, else {@link #ANONYMOUS}. */
    public static Actor current() {
        return CurrentUser.name().map(name -> new Actor(name, true)).orElse(ANONYMOUS);
    }

    /**
     * The actor of an HTTP request: its authenticated principal if there is one, else the name the {@value #HEADER}
     * header claims (marked not authenticated), else {@link #ANONYMOUS}.
     */
    public static Actor of(Principal principal, String header) {
        if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
            return new Actor(principal.getName(), true);
        }
        String claimed = claimed(header);
        return claimed == null ? ANONYMOUS : new Actor(claimed, false);
    }

    /** The header's name, percent-decoded, stripped and cut to length in characters. */
    private static String claimed(String header) {
        if (header == null) {
            return null;
        }
        String name;
        try {
            name = UriUtils.decode(header, StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException notEncoded) {
            name = header.strip();
        }
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            return null;
        }
        return name.codePointCount(0, name.length()) > MAX_LENGTH ? name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)) : name;
    }
}
