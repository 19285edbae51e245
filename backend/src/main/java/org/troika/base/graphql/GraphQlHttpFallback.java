package org.troika.base.graphql;

import static org.springframework.graphql.server.webmvc.GraphQlRequestPredicates.graphQlHttp;
import static org.springframework.graphql.server.webmvc.GraphQlRequestPredicates.graphQlSse;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What {@code /graphql} answers to a request that is not GraphQL over HTTP: a {@code GET}, a {@code POST} of
 * another content type or accepting neither JSON type. Spring Boot answers these with an empty 405 or 415; this
 * answers with the status and a JSON error saying how to send the request. Routed before Spring Boot's routes,
 * and only for what they do not take.
 */
final class GraphQlHttpFallback {

    static final String HOW = "Send GraphQL as a POST to %s with Content-Type application/json, accepting "
            + "application/graphql-response+json or application/json, and a body such as {\"query\": \"{ facts { id } }\"}";

    private GraphQlHttpFallback() {
    }

    static RouterFunction<ServerResponse> routes(String path) {
        return RouterFunctions.route()
                .GET(path, request -> request.headers().header(HttpHeaders.UPGRADE).isEmpty(),
                        request -> error(HttpStatus.METHOD_NOT_ALLOWED, path, request))
                .route(RequestPredicates.POST(path).and(graphQlHttp(path).negate()).and(graphQlSse(path).negate()),
                        request -> error(contentTypeIsJson(request) ? HttpStatus.NOT_ACCEPTABLE : HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                                path, request))
                .build();
    }

    private static boolean contentTypeIsJson(ServerRequest request) {
        try {
            return request.headers().contentType().map(MediaType.APPLICATION_JSON::isCompatibleWith).orElse(false);
        } catch (RuntimeException invalidMediaType) {
            return false;
        }
    }

    private static ServerResponse error(HttpStatus status, String path, ServerRequest request) {
        var response = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
        if (status == HttpStatus.METHOD_NOT_ALLOWED) {
            response.header(HttpHeaders.ALLOW, "POST");
        }
        return response.body(Map.of("status", status.value(), "error", HOW.formatted(path)));
    }
}
