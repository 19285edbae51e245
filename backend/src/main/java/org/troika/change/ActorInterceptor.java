package org.troika.change;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link Actor} into its GraphQL context: the user Spring Security signed in for this request
 * (HTTP Basic, an API token or the browser session), else anonymous. Runs on the servlet thread, where the
 * security context of the request is at hand. The {@value Actor#HEADER} header is not read: anonymous visitors
 * change nothing, so a claimed name would never be recorded.
 */
@Component
class ActorInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Actor actor = Actor.current();
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Actor.CONTEXT_KEY, actor)).build());
        return chain.next(request);
    }
}
