package org.troika.base.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.troika.base.DatabaseUnreachable;
import org.troika.base.DiskSpaceLowException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.troika.base.NotFoundException;

/**
 * What a client sees when a data fetcher fails. Bad input ({@link IllegalArgumentException}) is a
 * {@code BAD_REQUEST} with its message, an unknown id ({@link NotFoundException}) a {@code NOT_FOUND}
 * with its message, what the caller's role may not do ({@link AccessDeniedException}) a {@code FORBIDDEN}
 * with its message. A database that cannot be reached is a {@code SERVICE_UNAVAILABLE}, a write
 * refused for lack of disk space ({@link DiskSpaceLowException}) an {@code INSUFFICIENT_STORAGE},
 * each saying what happened and that it passes without a restart. Anything else is an {@code INTERNAL_ERROR} with a generic message and an error
 * id; the log holds the id, the stack trace and where the request failed, the client nothing internal.
 * An operation the caller's role may not use is {@code UNAUTHORIZED} for an anonymous visitor (sign in) and
 * {@code FORBIDDEN} for a signed-in user, each naming the field.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class GraphQlExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlExceptionResolver.class);

    /** The classifications of faults of the database rather than of the request. */
    enum DatabaseFault implements ErrorClassification {
        /** the database cannot be reached: stopped, restarting or cut off */
        SERVICE_UNAVAILABLE,
        /** the disk holding the database is (nearly) full: writes are refused, reads go on */
        INSUFFICIENT_STORAGE
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable error, DataFetchingEnvironment environment) {
        if (cause(error, DiskSpaceLowException.class) instanceof DiskSpaceLowException diskSpaceLow) {
            log.warn("GraphQL field {}: {}", environment.getExecutionStepInfo().getPath(), diskSpaceLow.getMessage());
            return error(environment, DatabaseFault.INSUFFICIENT_STORAGE, diskSpaceLow.getMessage());
        }
        if (cause(error, AbortExecutionException.class) instanceof AbortExecutionException stopped) {
            // The request was stopped at its timeout: ExecutionTimeoutInstrumentation reports that once, in its place.
            return stopped;
        }
        if (DatabaseUnreachable.isCauseOf(error)) {
            log.warn("GraphQL field {}: the database cannot be reached ({})", environment.getExecutionStepInfo().getPath(),
                    error.getMessage());
            return error(environment, DatabaseFault.SERVICE_UNAVAILABLE, DatabaseUnreachable.MESSAGE);
        }
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

    private static Throwable cause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static GraphQLError error(DataFetchingEnvironment environment, ErrorClassification type, String message) {
        return GraphqlErrorBuilder.newError(environment).errorType(type).message(message).build();
    }
}
