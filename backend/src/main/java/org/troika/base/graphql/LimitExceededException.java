package org.troika.base.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request over one of the {@link GraphQlLimits}. graphql-java aborts the request with it, and
 * the response carries its one error: a message naming the limit and the value, the classification
 * {@code LIMIT_EXCEEDED} and, in the extensions, the property that sets the limit and its value.
 */
final class LimitExceededException extends AbortExecutionException {

    /** The classification clients see in {@code extensions.classification}. */
    enum Classification implements ErrorClassification {
        LIMIT_EXCEEDED
    }

    LimitExceededException(String message, String property, Object maximum) {
        super(List.of(error(message, property, maximum)));
    }

    /** The error itself, for a response graphql-java did not abort. */
    GraphQLError error() {
        return getUnderlyingErrors().getFirst();
    }

    @Override
    public String getMessage() {
        return error().getMessage();
    }

    private static GraphQLError error(String message, String property, Object maximum) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("limit", "troika.graphql." + property);
        extensions.put("maximum", maximum);
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(null) // about the whole document, not a place in it
                .errorType(Classification.LIMIT_EXCEEDED)
                .extensions(extensions)
                .build();
    }

    /** Never thrown past graphql-java, which reports it as an error: no stack trace to fill. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
