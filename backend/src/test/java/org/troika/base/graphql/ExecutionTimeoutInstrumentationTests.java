package org.troika.base.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.base.graphql.InMemoryGraphQl.extensions;
import static org.troika.base.graphql.InMemoryGraphQl.onlyError;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExecutionTimeoutInstrumentationTests {

    @Test
    void a_request_that_runs_past_the_timeout_is_stopped_with_a_clear_error() {
        var graphQl = new InMemoryGraphQl(Duration.ofMillis(300),
                new ExecutionTimeoutInstrumentation(Duration.ofMillis(100)));

        var result = graphQl.execute("{ first: slow second: slow third: slow }");

        var error = onlyError(result);
        assertThat(error.getMessage()).isEqualTo("The request ran longer than the timeout of 100ms and was stopped");
        assertThat(extensions(error)).containsEntry("classification", "LIMIT_EXCEEDED")
                .containsEntry("limit", "troika.graphql.timeout").containsEntry("maximum", "100ms");
        // graphql-java discards what a cancelled request fetched
        assertThat(result.isDataPresent()).isFalse();
    }

    @Test
    void the_fields_after_the_timeout_are_not_fetched() {
        var fetched = new AtomicInteger();
        var graphQl = new InMemoryGraphQl(Duration.ofMillis(150),
                new ExecutionTimeoutInstrumentation(Duration.ofMillis(50)),
                new SimplePerformantInstrumentation() {
                    @Override
                    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                            InstrumentationState state) {
                        fetched.incrementAndGet();
                        return null;
                    }
                });

        long start = System.nanoTime();
        graphQl.execute("{ a: slow b: slow c: slow d: slow e: slow }");

        assertThat(fetched).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(600));
    }

    @Test
    void a_request_within_the_timeout_is_untouched() {
        var graphQl = new InMemoryGraphQl(Duration.ofMillis(10),
                new ExecutionTimeoutInstrumentation(Duration.ofSeconds(5)));

        var result = graphQl.execute("{ first: slow second: slow }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsEntry("first", "done").containsEntry("second", "done");
    }

    @Test
    void the_timeout_is_written_as_the_property_is() {
        assertThat(ExecutionTimeoutInstrumentation.describe(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThat(ExecutionTimeoutInstrumentation.describe(Duration.ofMillis(1500))).isEqualTo("1500ms");
    }
}
