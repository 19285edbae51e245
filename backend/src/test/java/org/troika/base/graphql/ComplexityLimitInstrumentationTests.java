package org.troika.base.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.base.graphql.InMemoryGraphQl.extensions;
import static org.troika.base.graphql.InMemoryGraphQl.onlyError;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplexityLimitInstrumentationTests {

    private final InMemoryGraphQl graphQl = new InMemoryGraphQl(
            new ComplexityLimitInstrumentation(new GraphQlLimits(12, 2000, 30, 500, 5, 20_000, Duration.ofSeconds(10))));

    @Test
    void a_query_as_complex_as_the_maximum_runs() {
        // 1 for nodes + 1999 pages × 1 for name
        assertThat(graphQl.execute("{ nodes(first: 1999) { name } }").getErrors()).isEmpty();
    }

    @Test
    void a_query_more_complex_than_the_maximum_is_rejected_with_its_complexity() {
        var error = onlyError(graphQl.execute("{ nodes(first: 2000) { name } }"));

        assertThat(error.getMessage()).isEqualTo("Query complexity 2001 exceeds the maximum of 2000");
        assertThat(extensions(error)).containsEntry("classification", "LIMIT_EXCEEDED")
                .containsEntry("limit", "troika.graphql.max-complexity").containsEntry("maximum", 2000);
    }

    @Test
    void a_list_without_a_page_size_counts_as_two_items() {
        // ten nested lists of two: 1 + 2 × (1 + 2 × (... (1 + 2 × 1))) = 2^11 − 1 = 2047
        var error = onlyError(graphQl.execute(
                "{ nodes { children { children { children { children { children { children { children { children { children { name } } } } } } } } } } }"));

        assertThat(error.getMessage()).isEqualTo("Query complexity 2047 exceeds the maximum of 2000");
    }

    @Test
    void four_nested_lists_of_two_stay_well_under_the_limit() {
        // 1 + 2 × (1 + 2 × (1 + 2 × (1 + 2 × 1))) = 31
        assertThat(graphQl.execute("{ nodes { children { children { children { name } } } } }").getErrors()).isEmpty();
    }

    @Test
    void the_page_size_of_a_variable_counts() {
        var result = graphQl.execute("query page($size: Int) { nodes(first: $size) { name child { name } } }",
                Map.of("size", 1000));

        assertThat(onlyError(result).getMessage()).isEqualTo("Query complexity 3001 exceeds the maximum of 2000");
    }

    @Test
    void introspection_costs_nothing_here() {
        assertThat(graphQl.execute("{ __schema { types { name fields { name type { name } } } } }").getErrors())
                .isEmpty();
    }

    @Test
    void nested_large_pages_do_not_overflow_into_a_small_complexity() {
        var result = graphQl.execute("""
                { nodes(first: 500) { children(first: 500) { children(first: 500) { children(first: 500) {
                  children(first: 500) { name } } } } } }""");

        assertThat(onlyError(result).getMessage()).startsWith("Query complexity ").endsWith(" exceeds the maximum of 2000");
    }
}
