package org.troika.base;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.troika.FreshDatabase;

/**
 * The process {@link CrashRecoveryTests} kills: opens the embedded database with Troika's settings
 * on a data directory (recovering it after the last kill), then writes batches through Bolt with
 * the seed's Cypher until it dies. The test has applied the schema migrations before. It prints {@code READY} once
 * the database is open and {@code ACK <n>} only after batch n's commit has returned.
 *
 * <p>Arguments: data directory, number of the first batch, stakeholders per batch.
 */
final class CrashingWriter {

    /** The label and relationship type of what the writer writes; the test's queries name them too. */
    private static final String PROBE = "CrashProbe";
    private static final String LINK = "MEMBER_OF";

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int boltPort = FreshDatabase.freePort();
        var properties = new TroikaProperties(dataDir, boltPort, null, null, null, null, null);
        EmbeddedNeo4j.start(properties);
        int firstBatch = Integer.parseInt(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        var queries = new NamedQueries();
        // the database is never shut down: the test kills this process
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
                var session = driver.session()) {
            System.out.println("READY");
            System.out.flush();
            for (int batch = firstBatch; ; batch++) {
                var stakeholders = Map.<String, Object>of("rows", stakeholders(batch, batchSize));
                var links = Map.<String, Object>of("rows", links(batch, batchSize));
                session.executeWriteWithoutResult(tx -> {
                    tx.run(queries.get("seed/merge-stakeholders"), stakeholders).consume();
                    tx.run(queries.get("seed/merge-relationships"), links).consume();
                });
                System.out.println("ACK " + batch);
                System.out.flush();
            }
        }
    }

    static String id(int batch, int index) {
        return "crash-" + batch + "-" + index;
    }

    private static List<Map<String, Object>> stakeholders(int batch, int size) {
        List<Map<String, Object>> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(Map.of("id", id(batch, i), "labels", List.of(PROBE), "properties", Map.of(
                    "kind", PROBE, "name", "崩溃测试 " + batch + "/" + i, "batch", batch, "provenance", List.of("crash-test"))));
        }
        return rows;
    }

    /** A ring: every stakeholder of the batch links to the next, the last to the first. */
    private static List<Map<String, Object>> links(int batch, int size) {
        List<Map<String, Object>> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int next = (i + 1) % size;
            rows.add(Map.of("start", id(batch, i), "end", id(batch, next), "type", LINK,
                    "properties", Map.of("id", id(batch, i) + "-" + LINK, "batch", batch)));
        }
        return rows;
    }
}
