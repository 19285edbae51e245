package org.troika.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Measures a running Troika.
 * <pre>
 * java -jar bench/target/troika-bench.jar queries [--graphql URL] [--bolt URI] [--warmup N] [--runs N] [--seed S]
 * java -jar bench/target/troika-bench.jar load [--graphql URL] [--bolt URI] [--rate R] [--seconds S] [--interval S] [--pid P]
 * </pre>
 * {@code queries} compares each operation through GraphQL with the same statements as raw Cypher over Bolt;
 * {@code load} sends a fixed rate of mixed reads for a bounded time. Both draw their inputs from the graph.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        if (args.length == 0 || !List.of("queries", "load").contains(args[0])) {
            out.println("Usage: queries|load [--graphql http://127.0.0.1:8080/graphql] [--bolt bolt://127.0.0.1:7687] ...");
            System.exit(2);
        }
        var options = new Options(Arrays.asList(args).subList(1, args.length));
        var graphql = new GraphQlClient(options.text("graphql", "http://127.0.0.1:8080/graphql"),
                options.text("user", null), options.text("password", ""));
        try (var bolt = GraphDatabase.driver(options.text("bolt", "bolt://127.0.0.1:7687"), AuthTokens.none(),
                Config.builder().withLogging(Logging.none()).build())) {
            var sample = CitySample.of(bolt, options.number("seed", 1));
            if (args[0].equals("queries")) {
                QueryComparison.printHeader(out);
                var operations = List.of(Operation.values());
                new QueryComparison(graphql, bolt, sample).run(operations, options.number("warmup", 100), options.number("runs", 500), out);
            } else {
                int rate = options.number("rate", 200);
                int seconds = options.number("seconds", 60);
                var summary = new SustainedLoad(graphql, sample).run(rate, seconds, options.number("interval", 10),
                        options.number("pid", 0), out);
                out.printf("sent %d at %d/s for %.0f s: %d answered, %d errors, %.1f answers/s; server RSS %d → %d MiB (max %d)%n",
                        summary.sent(), rate, summary.seconds(), summary.answered(), summary.errors(),
                        summary.answered() / summary.seconds(), summary.firstRssMiB(), summary.lastRssMiB(), summary.maxRssMiB());
            }
        }
    }
}
