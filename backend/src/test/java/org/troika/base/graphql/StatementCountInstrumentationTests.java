package org.troika.base.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementCountInstrumentationTests {

    @Test
    void the_count_is_left_out_of_the_response_unless_configured() {
        var result = new InMemoryGraphQl(new StatementCountInstrumentation(false)).execute("{ node { name } }");

        assertThat(result.getExtensions()).isNullOrEmpty();
    }

    @Test
    void the_count_is_written_to_the_extensions_when_configured() {
        var result = new InMemoryGraphQl(new StatementCountInstrumentation(true)).execute("{ node { name } }");

        assertThat(result.getExtensions()).containsEntry("cypherStatements", 0);
    }
}
