package org.troika.base.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.AbortExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.stereotype.Controller;
import org.troika.base.NotFoundException;

/** A failing data fetcher gives the client a clear error, and never the server's internals. */
@GraphQlTest(controllers = GraphQlExceptionResolverTests.FailingController.class,
        properties = "spring.graphql.schema.locations=classpath:graphql-test-schema/")
@Import(GraphQlExceptionResolverTests.FailingController.class)
@ExtendWith(OutputCaptureExtension.class)
class GraphQlExceptionResolverTests {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void bad_input_is_a_bad_request_with_its_message() {
        graphQl.documentName("badInput").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("'x y' is not a stakeholder id: ids are lower-case words joined by '-'");
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getPath()).isEqualTo("badInput");
                }));
    }

    @Test
    void an_unknown_id_is_not_found_naming_the_id() {
        graphQl.documentName("unknownStakeholder").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("No stakeholder with id 'atlantis'");
                    assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
                }));
    }

    @Test
    void a_field_stopped_at_the_timeout_is_no_internal_error_and_logs_no_stack_trace(CapturedOutput log) {
        graphQl.documentName("stopped").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> assertThat(error.getErrorType().toString())
                        .isNotEqualTo("INTERNAL_ERROR")));
        assertThat(log).doesNotContain("Internal error");
    }

    @Test
    void an_internal_error_is_masked_and_logged_with_its_id_and_stack_trace(CapturedOutput log) {
        graphQl.documentName("broken").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    String errorId = (String) error.getExtensions().get("errorId");
                    assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
                    assertThat(error.getMessage())
                            .isEqualTo("Internal error " + errorId + ": the server could not complete this field. "
                                    + "Please quote the error id when reporting it.")
                            .doesNotContain("IllegalStateException", "bolt://", "org.troika");
                    assertThat(log).contains("Internal error " + errorId + " in GraphQL field /broken")
                            .contains("java.lang.IllegalStateException: Connection to bolt://10.0.0.3:7687 refused")
                            .contains("at org.troika.base.graphql.GraphQlExceptionResolverTests$FailingController.broken");
                }));
    }

    @Controller
    static class FailingController {

        @QueryMapping
        String badInput() {
            throw new IllegalArgumentException("'x y' is not a stakeholder id: ids are lower-case words joined by '-'");
        }

        @QueryMapping
        String unknownStakeholder() {
            throw new NotFoundException("stakeholder", "atlantis");
        }

        @QueryMapping
        String stopped() {
            throw new AbortExecutionException("Execution has been asked to be cancelled");
        }

        @QueryMapping
        String broken() {
            throw new IllegalStateException("Connection to bolt://10.0.0.3:7687 refused, see org.troika.base.Secret");
        }
    }
}
