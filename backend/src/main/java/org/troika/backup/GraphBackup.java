package org.troika.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.troika.base.NamedQueries;

/**
 * Writes the whole graph to a backup file while Troika runs. The backup holds the backup gate alone, so no
 * {@link GraphWrites} call runs meanwhile, and reads everything in one transaction: the file is the graph as it
 * stood between two of Troika's writes. Neo4j-Migrations' own nodes are left out, since every start writes them.
 */
@Service
class GraphBackup {

    /** Labels of the schema migrations' bookkeeping start with this. */
    static final String BOOKKEEPING = "__Neo4jMigration";

    private final Driver driver;
    private final NamedQueries queries;
    private final BackupGate gate;
    private final Duration timeout;
    private final Clock clock;

    GraphBackup(Driver driver, NamedQueries queries, BackupGate gate,
            @Value("${troika.backup.timeout:1h}") Duration timeout) {
        this.driver = driver;
        this.queries = queries;
        this.gate = gate;
        this.timeout = timeout;
        this.clock = Clock.systemUTC();
    }

    /** The version of Troika, as the runnable jar records it. */
    static String troikaVersion() {
        String version = GraphBackup.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /**
     * Writes the backup to {@code out} (which it does not close).
     *
     * @throws GraphBusyException when writes kept running longer than Troika waits for them
     * @throws IllegalStateException when the graph changed during the backup, which only a client writing
     *                               through Bolt past Troika can do; the file is then incomplete
     */
    BackupSummary write(OutputStream out) throws IOException {
        Map<String, Object> parameters = Map.of("bookkeeping", BOOKKEEPING);
        var config = TransactionConfig.builder().withTimeout(timeout).withMetadata(Map.of("app", "troika-backup")).build();
        try (var exclusive = gate.exclusive(); var session = driver.session(); var tx = session.beginTransaction(config)) {
            Record counts = tx.run(queries.get("backup/counts"), parameters).single();
            var header = new BackupFile.Header(BackupFile.FORMAT_VERSION, troikaVersion(),
                    Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(),
                    counts.get("nodes").asLong(), counts.get("relationships").asLong());
            var file = new BackupFile.Out(out);
            file.header(header);
            long nodes = 0;
            Result nodeRows = tx.run(queries.get("backup/nodes"), parameters);
            while (nodeRows.hasNext()) {
                Record row = nodeRows.next();
                file.node(row.get("key").asString(), row.get("labels").asList(org.neo4j.driver.Value::asString), row.get("properties").asMap());
                nodes++;
            }
            long relationships = 0;
            Result relationshipRows = tx.run(queries.get("backup/relationships"), parameters);
            while (relationshipRows.hasNext()) {
                Record row = relationshipRows.next();
                file.relationship(row.get("type").asString(), row.get("start").asString(), row.get("end").asString(),
                        row.get("properties").asMap());
                relationships++;
            }
            if (nodes != header.nodes() || relationships != header.relationships()) {
                throw new IllegalStateException("The graph changed during the backup (" + header.nodes() + " nodes and "
                        + header.relationships() + " relationships at its start, " + nodes + " and " + relationships
                        + " read): a client wrote through Bolt past Troika. Take the backup again.");
            }
            file.end(nodes, relationships);
            tx.commit();
            return new BackupSummary(header.troikaVersion(), header.createdAt(), nodes, relationships);
        }
    }
}
