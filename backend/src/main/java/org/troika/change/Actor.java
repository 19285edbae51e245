package org.troika.change;

import graphql.GraphQLContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.web.util.UriUtils;

/**
 * Who makes a change, as the history records it: a signed-in user ({@code authenticated}), or a name the request
 * only claims, or {@code anonymous}.
 */
public record Actor(String name, boolean authenticated) {

    /** The header in which a request without a signed-in user may claim a name (percent-encoded for Chinese). */
    public static final String HEADER = "X-Troika-Actor";
    static final int MAX_LENGTH = 100;

    /** Where {@link ActorInterceptor} leaves the actor in the GraphQL context of a request. */
    static final String CONTEXT_KEY = Actor.class.getName();

    static final Actor ANONYMOUS = new Actor("anonymous", false);

    /** The actor of a GraphQL request, {@link #ANONYMOUS} when none was set. */
    public static Actor of(GraphQLContext context) {
        Actor actor = context.get(CONTEXT_KEY);
        return actor == null ? ANONYMOUS : actor;
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
