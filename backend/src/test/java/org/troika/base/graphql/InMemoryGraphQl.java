package org.troika.base.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A small schema run by graphql-java in memory, to try the limits without the application. */
final class InMemoryGraphQl {

    private static final String SCHEMA = """
            type Query {
              node: Node
              nodes(first: Int, last: Int, limit: Int): [Node!]!
              slow: String
            }
            type Node {
              name: String
              child: Node
              children(first: Int): [Node!]!
            }
            """;

    private final GraphQL graphQl;

    /** {@code slow} takes the given time to answer. */
    InMemoryGraphQl(Duration slow, Instrumentation... instrumentations) {
        var wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("node", environment -> Map.of("name", "n"))
                        .dataFetcher("nodes", environment -> List.of(Map.of("name", "n")))
                        .dataFetcher("slow", environment -> {
                            Thread.sleep(slow.toMillis());
                            return "done";
                        }))
                .type("Node", type -> type.dataFetcher("children", environment -> List.of()))
                .build();
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        this.graphQl = GraphQL.newGraphQL(schema)
                .instrumentation(new ChainedInstrumentation(List.of(instrumentations)))
                .build();
    }

    InMemoryGraphQl(Instrumentation... instrumentations) {
        this(Duration.ZERO, instrumentations);
    }

    ExecutionResult execute(String document) {
        return execute(document, Map.of());
    }

    ExecutionResult execute(String document, Map<String, Object> variables) {
        return graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
    }

    /** The only error of a result; fails when there is none or more than one. */
    static GraphQLError onlyError(ExecutionResult result) {
        if (result.getErrors().size() != 1) {
            throw new AssertionError("expected one error, got " + result.getErrors());
        }
        return result.getErrors().getFirst();
    }

    /** What a client reads in {@code extensions} of an error: graphql-java adds the classification there. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> extensions(GraphQLError error) {
        return (Map<String, Object>) error.toSpecification().get("extensions");
    }

    /** {@code { node { child { child { name } } } }}: {@code depth} fields deep. */
    static String nested(int depth) {
        String open = "node { " + IntStream.range(0, depth - 2).mapToObj(i -> "child { ").collect(Collectors.joining());
        return "{ " + open + "name" + " }".repeat(depth - 1) + " }";
    }
}
