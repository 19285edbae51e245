package org.troika.base.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Stops a request that executes longer than the timeout. When the time is up the request is
 * cancelled: graphql-java fetches no further field, and the response carries one
 * {@code LIMIT_EXCEEDED} error instead of graphql-java's cancellation error. A data fetcher already
 * running is not interrupted; the Neo4j transaction timeout ({@code troika.transaction-timeout})
 * stops its Cypher.
 */
final class ExecutionTimeoutInstrumentation extends SimplePerformantInstrumentation {

    private final Duration timeout;
    private final Executor timer;

    ExecutionTimeoutInstrumentation(Duration timeout) {
        this.timeout = timeout;
        // the JDK's shared delay thread runs the tiny cancel task itself: no pool to manage or stop
        this.timer = CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS, Runnable::run);
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        var deadline = (Deadline) state;
        var input = parameters.getExecutionInput();
        deadline.cancel = CompletableFuture.runAsync(() -> {
            deadline.expired = true;
            input.cancel();
        }, timer);
        return super.beginExecution(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        var deadline = (Deadline) state;
        if (deadline.cancel != null) {
            deadline.cancel.cancel(false);
        }
        if (!deadline.expired) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>();
        errors.add(new LimitExceededException("The request ran longer than the timeout of " + describe(timeout)
                + " and was stopped", "timeout", describe(timeout)).error());
        result.getErrors().stream().filter(error -> !(error instanceof AbortExecutionException)).forEach(errors::add);
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    /** {@code 10s}, {@code 1500ms}: as the property is written. */
    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    private static final class Deadline implements InstrumentationState {
        volatile boolean expired;
        volatile CompletableFuture<Void> cancel;
    }
}
