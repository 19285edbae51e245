package org.troika.base.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives each GraphQL request its own count of Cypher statements (see {@link CypherStatementCounter})
 * and, when so configured, writes it to the response as {@code extensions.cypherStatements}.
 */
final class StatementCountInstrumentation extends SimplePerformantInstrumentation {

    static final String EXTENSION = "cypherStatements";

    private final boolean expose;

    StatementCountInstrumentation(boolean expose) {
        this.expose = expose;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Statements();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        // Spring for GraphQL binds what the GraphQLContext holds under this key around every data fetcher
        parameters.getGraphQLContext().put(CypherStatementCounter.KEY, ((Statements) state).count);
        return super.beginExecution(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!expose) {
            return CompletableFuture.completedFuture(result);
        }
        int statements = ((Statements) state).count.get();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.addExtension(EXTENSION, statements)));
    }

    private static final class Statements implements InstrumentationState {
        final AtomicInteger count = new AtomicInteger();
    }
}
