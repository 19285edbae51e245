package org.troika.change;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link Actor} into its GraphQL context: the authenticated principal of the HTTP request if
 * there is one (a servlet container's login, or Spring Security's once it is added), else the name in the
 * {@value #HEADER} header, else anonymous. The header is an interim: anyone can send any name in it, and the
 * history marks such names as not authenticated. Runs on the servlet thread, where the request is at hand.
 */
@Component
class ActorInterceptor implements WebGraphQlInterceptor {

    static final String HEADER = "X-Troika-Actor";
    static final int MAX_LENGTH = 100;

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Actor actor = actor(principal(), request.getHeaders().getFirst(HEADER));
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Actor.CONTEXT_KEY, actor)).build());
        return chain.next(request);
    }

    static Actor actor(Principal principal, String header) {
        if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
            return new Actor(principal.getName(), true);
        }
        String claimed = claimed(header);
        return claimed == null ? Actor.ANONYMOUS : new Actor(claimed, false);
    }

    /** The header's name, percent-decoded (HTTP headers carry Chinese names only so), stripped and cut to length in characters. */
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

    private static Principal principal() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getUserPrincipal()
                : null;
    }
}
