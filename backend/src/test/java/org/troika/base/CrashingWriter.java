package org.troika.base;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.troika.FreshDatabase;
import org.troika.write.GraphWriter;
import org.troika.write.RelationshipRow;
import org.troika.write.StakeholderRow;

/**
 * The process {@link CrashRecoveryTests} kills: opens the embedded database with Troika's settings
 * on a data directory (recovering it after the last kill), then writes batches until it dies, each in
 * one transaction through Troika's own write path ({@link GraphWriter} on a Spring Neo4j transaction,
 * as the seed and the import write). The test has applied Troika's schema migrations before. It
 * prints {@code READY} once the database is open and {@code ACK <n>} only after batch n's commit has
 * returned.
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
        int firstBatch = Integer.parseInt(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        int boltPort = FreshDatabase.freePort();
        var properties = new TroikaProperties(dataDir, boltPort, null, null, null, null, null);
        EmbeddedNeo4j.start(properties); // never shut down: the test kills this process
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
                var spring = new AnnotationConfigApplicationContext()) {
            spring.registerBean(Driver.class, () -> driver);
            spring.registerBean(NamedQueries.class, NamedQueries::new);
            spring.registerBean(Neo4jClient.class, () -> Neo4jClient.create(driver));
            spring.registerBean(GraphWriter.class);
            spring.refresh();
            var writer = spring.getBean(GraphWriter.class);
            var transactions = new TransactionTemplate(new Neo4jTransactionManager(driver));
            System.out.println("READY");
            System.out.flush();
            for (int batch = firstBatch; ; batch++) {
                var stakeholders = stakeholders(batch, batchSize);
                var links = links(batch, batchSize);
                transactions.executeWithoutResult(status -> {
                    writer.writeStakeholders(stakeholders);
                    writer.writeRelationships(links);
                });
                System.out.println("ACK " + batch);
                System.out.flush();
            }
        }
    }

    private static String id(int batch, int index) {
        return "crash-" + batch + "-" + index;
    }

    private static List<StakeholderRow> stakeholders(int batch, int size) {
        List<StakeholderRow> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(new StakeholderRow(id(batch, i), List.of(PROBE), Map.of("kind", PROBE,
                    "name", "崩溃测试 " + batch + "/" + i, "batch", batch, "provenance", List.of("crash-test"))));
        }
        return rows;
    }

    /** A ring: every stakeholder of the batch links to the next, the last to the first. */
    private static List<RelationshipRow> links(int batch, int size) {
        List<RelationshipRow> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(new RelationshipRow(id(batch, i), LINK, id(batch, (i + 1) % size),
                    Map.of("id", id(batch, i) + "-" + LINK, "batch", batch)));
        }
        return rows;
    }
}
