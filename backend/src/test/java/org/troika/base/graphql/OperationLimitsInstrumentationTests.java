package org.troika.base.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.base.graphql.InMemoryGraphQl.nested;
import static org.troika.base.graphql.InMemoryGraphQl.extensions;
import static org.troika.base.graphql.InMemoryGraphQl.onlyError;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationLimitsInstrumentationTests {

    private final InMemoryGraphQl graphQl = new InMemoryGraphQl(
            new OperationLimitsInstrumentation(GraphQlLimits.defaults()));

    @Test
    void a_query_as_deep_as_the_maximum_runs() {
        var result = graphQl.execute(nested(12));

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsKey("node");
    }

    @Test
    void a_query_deeper_than_the_maximum_is_rejected_with_its_depth() {
        var result = graphQl.execute(nested(15));

        var error = onlyError(result);
        assertThat(error.getMessage()).isEqualTo("Query depth 15 exceeds the maximum of 12");
        assertThat(extensions(error)).isEqualTo(Map.of(
                "classification", "LIMIT_EXCEEDED", "limit", "troika.graphql.max-depth", "maximum", 12));
        assertThat(result.isDataPresent()).isFalse();
    }

    @Test
    void fields_in_fragments_count_towards_the_depth() {
        var result = graphQl.execute("""
                { node { ...deep } }
                fragment deep on Node { child { child { child { child { child { child { child { child { child { child { child { name } } } } } } } } } } } }
                """);

        assertThat(onlyError(result).getMessage()).isEqualTo("Query depth 13 exceeds the maximum of 12");
    }

    @Test
    void introspection_is_left_to_graphql_javas_good_faith_check() {
        // the depth of GraphiQL's schema query; graphql-java's own check allows up to 20
        var result = graphQl.execute("""
                { __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }
                """);

        assertThat(result.getErrors()).isEmpty();
    }

    @Test
    void a_page_as_large_as_the_maximum_runs() {
        var result = graphQl.execute("{ nodes(first: 500) { name children(first: 500) { name } } }");

        assertThat(result.getErrors()).isEmpty();
    }

    @Test
    void a_page_larger_than_the_maximum_is_rejected_naming_the_argument_and_the_field() {
        assertThat(onlyError(graphQl.execute("{ nodes(first: 501) { name } }")).getMessage())
                .isEqualTo("Argument 'first' of field 'nodes' is 501, more than the maximum page size of 500");
        assertThat(onlyError(graphQl.execute("{ nodes(limit: 10000) { name } }")).getMessage())
                .isEqualTo("Argument 'limit' of field 'nodes' is 10000, more than the maximum page size of 500");
        assertThat(onlyError(graphQl.execute("{ node { children(first: 600) { name } } }")).getMessage())
                .isEqualTo("Argument 'first' of field 'children' is 600, more than the maximum page size of 500");
    }

    @Test
    void a_page_size_given_in_a_variable_is_checked_too() {
        var result = graphQl.execute("query page($size: Int) { nodes(last: $size) { name } }", Map.of("size", 501));

        var error = onlyError(result);
        assertThat(error.getMessage())
                .isEqualTo("Argument 'last' of field 'nodes' is 501, more than the maximum page size of 500");
        assertThat(extensions(error)).containsEntry("classification", "LIMIT_EXCEEDED")
                .containsEntry("limit", "troika.graphql.max-page-size");
    }

    @Test
    void a_negative_page_size_is_rejected() {
        assertThat(onlyError(graphQl.execute("{ nodes(first: -1) { name } }")).getMessage())
                .isEqualTo("Argument 'first' of field 'nodes' is -1, but a page size cannot be negative");
    }
}
