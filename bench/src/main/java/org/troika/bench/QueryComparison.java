package org.troika.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Runs every operation {@code runs} times after {@code warmup} unmeasured runs, each time with a fresh input, once
 * through GraphQL and once as raw Cypher (alternating which goes first), one request at a time, and prints
 * p50/p95/p99 of both and the ratio of the p95s.
 */
final class QueryComparison {

    private final GraphQlClient graphql;
    private final Driver bolt;
    private final CitySample sample;
    private final Operation.Statements statements = new Operation.Statements();

    QueryComparison(GraphQlClient graphql, Driver bolt, CitySample sample) {
        this.graphql = graphql;
        this.bolt = bolt;
        this.sample = sample;
    }

    record Result(Operation operation, Latencies graphql, Latencies cypher) {
        double ratio() {
            return graphql.percentile(95) / cypher.percentile(95);
        }
    }

    List<Result> run(List<Operation> operations, int warmup, int runs, PrintStream out) throws Exception {
        Map<Operation, Result> results = new EnumMap<>(Operation.class);
        for (Operation operation : operations) {
            var result = new Result(operation, new Latencies(), new Latencies());
            for (int i = 0; i < warmup + runs; i++) {
                Object input = operation.input(sample);
                boolean graphqlFirst = i % 2 == 0;
                long first = graphqlFirst ? timeGraphQl(operation, input) : timeCypher(operation, input);
                long second = graphqlFirst ? timeCypher(operation, input) : timeGraphQl(operation, input);
                if (i >= warmup) {
                    result.graphql().add(graphqlFirst ? first : second);
                    result.cypher().add(graphqlFirst ? second : first);
                }
            }
            results.put(operation, result);
            print(result, out);
        }
        return new ArrayList<>(results.values());
    }

    static void printHeader(PrintStream out) {
        out.printf("%-34s %9s %9s %9s | %9s %9s %9s | %7s%n", "operation", "GQL p50", "GQL p95", "GQL p99",
                "Cy p50", "Cy p95", "Cy p99", "p95 ÷");
    }

    private static void print(Result result, PrintStream out) {
        out.printf("%-34s %9.2f %9.2f %9.2f | %9.2f %9.2f %9.2f | %7.2f%n", result.operation().label(),
                result.graphql().percentile(50), result.graphql().percentile(95), result.graphql().percentile(99),
                result.cypher().percentile(50), result.cypher().percentile(95), result.cypher().percentile(99), result.ratio());
    }

    private long timeGraphQl(Operation operation, Object input) throws Exception {
        var request = operation.graphql(input);
        long started = System.nanoTime();
        graphql.execute(request);
        return System.nanoTime() - started;
    }

    private long timeCypher(Operation operation, Object input) {
        long started = System.nanoTime();
        try (var session = bolt.session()) {
            session.executeRead(tx -> {
                operation.cypher(tx, input, statements);
                return null;
            });
        }
        return System.nanoTime() - started;
    }
}
