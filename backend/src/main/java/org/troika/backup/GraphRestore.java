package org.troika.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.troika.base.NamedQueries;

/**
 * Restores a backup into an empty database. It first reads the whole file and checks every line, so a corrupt,
 * truncated or foreign file writes nothing; then, holding the backup gate alone, it writes the nodes and then the
 * relationships {@value #BATCH} a transaction. Restored nodes carry the helper label {@code TroikaRestore} and
 * their backup key until every relationship is in; a restore that fails deletes what it wrote. The schema
 * (constraints and indexes) is the migrations', which ran at start.
 */
@Service
class GraphRestore {

    static final int BATCH = 10_000;
    /** Nodes every start of Troika writes for itself; a restore replaces them with the backup's. */
    static final List<String> STARTUP_LABELS = List.of("SearchKeysVersion");
    private static final Logger log = LoggerFactory.getLogger(GraphRestore.class);

    private final Driver driver;
    private final NamedQueries queries;
    private final BackupGate gate;

    GraphRestore(Driver driver, NamedQueries queries, BackupGate gate) {
        this.driver = driver;
        this.queries = queries;
        this.gate = gate;
    }

    /**
     * Restores the backup in {@code file}.
     *
     * @param replace delete what the database holds first, instead of refusing a database that is not empty
     * @throws BackupFileException     when the file is not a whole Troika backup (nothing is written)
     * @throws GraphNotEmptyException  when the database holds data and {@code replace} is false
     * @throws GraphBusyException      when writes kept running longer than Troika waits for them
     */
    BackupSummary restore(Path file, boolean replace) {
        return restore(file, file.toString(), replace);
    }

    /** As {@link #restore(Path, boolean)}, naming the file {@code name} in messages (an upload's temporary file, say). */
    BackupSummary restore(Path file, String name, boolean replace) {
        BackupFile.Header header = check(file, name);
        try (var exclusive = gate.exclusive()) {
            long present = count("backup/occupied", Map.of("bookkeeping", GraphBackup.BOOKKEEPING, "startupLabels", STARTUP_LABELS));
            if (present > 0 && !replace) {
                throw new GraphNotEmptyException(present);
            }
            if (present > 0) {
                long deleted = repeat("backup/delete-batch", Map.of("bookkeeping", GraphBackup.BOOKKEEPING, "batch", BATCH));
                log.info("Restore: deleted the {} nodes the database held", deleted);
            }
            run("backup/delete-startup-nodes", Map.of("startupLabels", STARTUP_LABELS));
            run("backup/restore-index", Map.of());
            try {
                run("backup/restore-index-await", Map.of("seconds", 300));
                write(file, name);
                repeat("backup/restore-finish", Map.of("batch", BATCH));
            } catch (RuntimeException e) {
                long undone = repeat("backup/restore-undo", Map.of("batch", BATCH));
                log.warn("Restore of {} failed; deleted the {} nodes it had written", name, undone);
                throw e;
            } finally {
                run("backup/restore-index-drop", Map.of());
            }
        }
        log.info("Restored {}: {} nodes and {} relationships, backed up by Troika {} at {}", name, header.nodes(),
                header.relationships(), header.troikaVersion(), header.createdAt());
        return new BackupSummary(header.troikaVersion(), header.createdAt(), header.nodes(), header.relationships());
    }

    /**
     * Reads the whole file and checks every line without writing anything.
     *
     * @throws BackupFileException naming the problem
     */
    BackupFile.Header check(Path file, String name) {
        var keys = new NodeKeys();
        boolean keysSorted = false;
        long relationship = 0;
        try (var in = open(file, name)) {
            // each line is checked as it is read; what is left is how the lines fit together
            for (BackupFile.Entry entry = in.next(); entry != null; entry = in.next()) {
                switch (entry) {
                    case BackupFile.NodeEntry node -> keys.add(node.key());
                    case BackupFile.RelationshipEntry link -> {
                        if (!keysSorted) {
                            requireUniqueKeys(keys, name);
                            keysSorted = true;
                        }
                        relationship++;
                        for (String end : List.of(link.start(), link.end())) {
                            if (!keys.contains(end)) {
                                throw new BackupFileException(name + " relationship " + relationship + " (" + link.type()
                                        + ") refers to the node '" + end + "', which the backup does not hold");
                            }
                        }
                    }
                }
            }
            if (!keysSorted) {
                requireUniqueKeys(keys, name);
            }
            return in.header();
        } catch (IOException e) {
            throw new BackupFileException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void requireUniqueKeys(NodeKeys keys, String name) {
        if (!keys.sortAndCheckUnique()) {
            throw new BackupFileException(name + " holds two nodes under one key");
        }
    }

    private void write(Path file, String name) {
        try (var in = open(file, name)) {
            List<Map<String, Object>> nodes = new ArrayList<>(BATCH);
            List<Map<String, Object>> relationships = new ArrayList<>(BATCH);
            for (BackupFile.Entry entry = in.next(); entry != null; entry = in.next()) {
                switch (entry) {
                    case BackupFile.NodeEntry node -> {
                        nodes.add(Map.of("key", node.key(), "labels", node.labels(), "properties", node.properties()));
                        if (nodes.size() == BATCH) {
                            writeNodes(nodes);
                        }
                    }
                    case BackupFile.RelationshipEntry relationship -> {
                        writeNodes(nodes);
                        relationships.add(Map.of("type", relationship.type(), "start", relationship.start(),
                                "end", relationship.end(), "properties", relationship.properties()));
                        if (relationships.size() == BATCH) {
                            writeRelationships(relationships);
                        }
                    }
                }
            }
            writeNodes(nodes);
            writeRelationships(relationships);
        } catch (IOException e) {
            throw new BackupFileException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void writeNodes(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long created = count("backup/restore-nodes", Map.of("rows", rows));
        if (created != rows.size()) {
            throw new IllegalStateException("Restore wrote " + created + " of a batch of " + rows.size() + " nodes");
        }
        rows.clear();
    }

    private void writeRelationships(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long created = count("backup/restore-relationships", Map.of("rows", rows));
        if (created != rows.size()) {
            throw new BackupFileException("The backup's relationships do not match its nodes: of a batch of "
                    + rows.size() + " relationships, " + (rows.size() - created) + " refer to nodes the backup lacks "
                    + "or to several nodes under one key");
        }
        rows.clear();
    }

    private static BackupFile.In open(Path file, String name) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new BackupFileException("There is no backup file " + name, e);
        }
        try {
            return new BackupFile.In(in, name);
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Runs a query returning one count in its own write transaction. */
    private long count(String query, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(queries.get(query), new HashMap<>(parameters)).single().get(0).asLong());
        }
    }

    /** Runs a batch query until it counts 0; returns the sum. */
    private long repeat(String query, Map<String, Object> parameters) {
        long total = 0;
        for (long batch = count(query, parameters); batch > 0; batch = count(query, parameters)) {
            total += batch;
        }
        return total;
    }

    private void run(String query, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.run(queries.get(query), parameters).consume();
        }
    }
}
