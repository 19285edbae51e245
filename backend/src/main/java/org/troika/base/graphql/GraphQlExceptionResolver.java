package org.troika.base.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.troika.base.NotFoundException;

/**
 * What a client sees when a data fetcher fails. Bad input ({@link IllegalArgumentException}) is a
 * {@code BAD_REQUEST} with its message, an unknown id ({@link NotFoundException}) a {@code NOT_FOUND}
 * with its message. Anything else is an {@code INTERNAL_ERROR} with a generic message and an error
 * id; the log holds the id, the stack trace and where the request failed, the client nothing internal.
 * An operation the caller's role may not use is {@code UNAUTHORIZED} for an anonymous visitor (sign in) and
 * {@code FORBIDDEN} for a signed-in user, each naming the field.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class GraphQlExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlExceptionResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable error, DataFetchingEnvironment environment) {
        return switch (error) {
            case AuthenticationException notSignedIn -> unauthorized(environment);
            case AccessDeniedException denied -> signedIn()
                    ? error(environment, ErrorType.FORBIDDEN, "Forbidden: the role of '" + signedInName() + "' may not use "
                            + field(environment) + (denied.getMessage() == null || denied.getMessage().startsWith("Access Denied")
                            ? "" : ": " + denied.getMessage()))
                    : unauthorized(environment);
            case NotFoundException notFound -> error(environment, ErrorType.NOT_FOUND, notFound.getMessage());
            case IllegalArgumentException badInput -> error(environment, ErrorType.BAD_REQUEST, badInput.getMessage());
            default -> internalError(error, environment);
        };
    }

    private static GraphQLError unauthorized(DataFetchingEnvironment environment) {
        return error(environment, ErrorType.UNAUTHORIZED, "Sign in to use " + field(environment)
                + ": anonymous visitors may only read. Give a user name and password (HTTP Basic) or an API token "
                + "(Authorization: Bearer ...)");
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !new AuthenticationTrustResolverImpl().isAnonymous(authentication);
    }

    private static String signedInName() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static String field(DataFetchingEnvironment environment) {
        return environment.getParentType() instanceof graphql.schema.GraphQLNamedType parent
                ? parent.getName() + "." + environment.getField().getName()
                : environment.getField().getName();
    }

    private static GraphQLError internalError(Throwable error, DataFetchingEnvironment environment) {
        String errorId = UUID.randomUUID().toString();
        log.error("Internal error {} in GraphQL field {}", errorId, environment.getExecutionStepInfo().getPath(), error);
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error " + errorId + ": the server could not complete this field. "
                        + "Please quote the error id when reporting it.")
                .extensions(Map.of("errorId", errorId))
                .build();
    }

    private static GraphQLError error(DataFetchingEnvironment environment, ErrorType type, String message) {
        return GraphqlErrorBuilder.newError(environment).errorType(type).message(message).build();
    }
}
