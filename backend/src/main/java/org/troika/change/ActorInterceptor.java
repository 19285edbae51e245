package org.troika.change;

import java.security.Principal;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link Actor} into its GraphQL context: the authenticated principal of the HTTP request if
 * there is one (a servlet container's login, or Spring Security's once it is added), else the name in the
 * {@value Actor#HEADER} header, else anonymous. The header is an interim: anyone can send any name in it, and the
 * history marks such names as not authenticated. Runs on the servlet thread, where the request is at hand.
 */
@Component
class ActorInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Actor actor = Actor.of(principal(), request.getHeaders().getFirst(Actor.HEADER));
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Actor.CONTEXT_KEY, actor)).build());
        return chain.next(request);
    }

    private static Principal principal() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getUserPrincipal()
                : null;
    }
}
