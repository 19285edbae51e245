package org.troika.base.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.Introspection;

/**
 * Switches introspection ({@code __schema}, {@code __type}) off for every request when
 * {@code troika.graphql.introspection=false}, as the production profile does; graphql-java then answers such a
 * request with one {@code IntrospectionDisabled} error. Per request rather than through Spring Boot's
 * {@code spring.graphql.schema.introspection.enabled}, which switches it off for the whole JVM and for good.
 */
final class IntrospectionSwitch extends SimplePerformantInstrumentation {

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        executionInput.getGraphQLContext().put(Introspection.INTROSPECTION_DISABLED, true);
        return executionInput;
    }
}
