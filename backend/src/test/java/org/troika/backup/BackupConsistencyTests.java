package org.troika.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.SignedIn;
import org.troika.TroikaTest;
import org.troika.access.Role;
import org.troika.change.Actor;
import org.troika.exchange.ImportService;
import org.troika.scene.SavedScene;
import org.troika.scene.SavedScenes;

/** Backups taken while Troika writes: every write is in a backup whole or not at all, because writers wait at the gate. */
@TroikaTest
class BackupConsistencyTests {

    static final int ESTATES_PER_IMPORT = 25;
    static final Actor STAFF = new Actor("街道工作人员", false);

    @Autowired
    GraphBackup backup;

    @Autowired
    BackupGate gate;

    @Autowired
    ImportService imports;

    @Autowired
    SavedScenes scenes;

    @Autowired
    Neo4jClient neo4j;

    /** Threads of the test's own: the common pool may have a single thread, which a waiting write would block. */
    final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void removeWhatTheTestsWrote() {
        threads.shutdownNow();
        neo4j.query("MATCH (n:Stakeholder) WHERE n.id STARTS WITH 'backup-race-' DETACH DELETE n").run();
        neo4j.query("MATCH (c:Change) WHERE c.importBatch IS NOT NULL DETACH DELETE c").run();
        neo4j.query("MATCH (b:ImportBatch) DELETE b").run();
        neo4j.query("MATCH (s:SavedScene) WHERE s.name = '备份门测试' DELETE s").run();
    }

    @Test
    void backups_taken_while_imports_run_hold_each_import_whole_or_not_at_all() throws Exception {
        var stop = new AtomicBoolean();
        var written = new AtomicInteger();
        CompletableFuture<Void> importing = CompletableFuture.runAsync(() -> {
            SignedIn.as(Role.STAFF);
            for (int round = 0; !stop.get(); round++) {
                assertThat(imports.importFile("race.zip", estates(round), false, STAFF).written()).isTrue();
                written.incrementAndGet();
            }
        }, threads);
        try {
            while (written.get() == 0) {
                Thread.sleep(20);
                assertThat(importing).isNotCompletedExceptionally();
            }
            int writtenBefore = written.get();
            for (int i = 0; i < 5; i++) {
                checkWholeImports(backUp());
            }
            assertThat(written.get()).as("imports written while the backups ran").isGreaterThan(writtenBefore);
        } finally {
            stop.set(true);
            importing.get(60, TimeUnit.SECONDS);
        }
    }

    /** Runs on a pool thread as staff: writes need a signed-in user, and a thread of its own has none. */
    private static <T> T asStaff(java.util.function.Supplier<T> write) {
        SignedIn.as(Role.STAFF);
        try {
            return write.get();
        } finally {
            SignedIn.nobody();
        }
    }

    @Test
    void a_write_waits_while_a_backup_holds_the_gate_and_a_read_does_not() throws Exception {
        CompletableFuture<SavedScene> saving;
        try (var exclusive = gate.exclusive()) {
            saving = CompletableFuture.supplyAsync(() -> asStaff(() -> scenes.save("备份门测试", "?focus=xianxia", "tester")), threads);
            CompletableFuture<?> importing = CompletableFuture.supplyAsync(
                    () -> asStaff(() -> imports.importFile("race.zip", estates(0), false, STAFF)), threads);
            assertThat(CompletableFuture.supplyAsync(scenes::list, threads).get(30, TimeUnit.SECONDS)).isNotNull();
            waitsStill(saving);
            waitsStill(importing);
            exclusive.close();
            assertThat(importing.get(30, TimeUnit.SECONDS)).isNotNull();
        }
        assertThat(saving.get(30, TimeUnit.SECONDS).name()).isEqualTo("备份门测试");
    }

    private static void waitsStill(CompletableFuture<?> write) throws Exception {
        try {
            write.get(1, TimeUnit.SECONDS);
            throw new AssertionError("the write ran while the gate was held alone");
        } catch (TimeoutException expected) {
            // it waits at the gate
        }
    }

    /** Each import batch in the backup with all its estates and relationships; no estate of a batch that is missing. */
    private static void checkWholeImports(byte[] file) {
        Map<String, Long> created = new HashMap<>();
        Map<String, Integer> estates = new HashMap<>();
        Map<String, Integer> relationships = new HashMap<>();
        try (var in = new BackupFile.In(new ByteArrayInputStream(file), "race backup")) {
            for (BackupFile.Entry entry = in.next(); entry != null; entry = in.next()) {
                switch (entry) {
                    case BackupFile.NodeEntry node when node.labels().contains("ImportBatch") ->
                            created.put((String) node.properties().get("id"), (Long) node.properties().get("stakeholdersCreated"));
                    case BackupFile.NodeEntry node when String.valueOf(node.properties().get("id")).startsWith("backup-race-") ->
                            batchesOf(node.properties()).forEach(batch -> estates.merge(batch, 1, Integer::sum));
                    case BackupFile.RelationshipEntry link when String.valueOf(link.properties().get("id")).startsWith("backup-race-") ->
                            batchesOf(link.properties()).forEach(batch -> relationships.merge(batch, 1, Integer::sum));
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(estates.keySet()).as("batches of the estates").isSubsetOf(created.keySet());
        assertThat(relationships.keySet()).as("batches of the relationships").isSubsetOf(created.keySet());
        created.forEach((batch, count) -> {
            if (count > 0) {
                assertThat(estates.get(batch)).as("estates of batch " + batch).isEqualTo(ESTATES_PER_IMPORT);
                assertThat(relationships.get(batch)).as("relationships of batch " + batch).isEqualTo(ESTATES_PER_IMPORT);
            }
        });
    }

    private static List<String> batchesOf(Map<String, Object> properties) {
        List<String> batches = new ArrayList<>();
        if (properties.get("provenance") instanceof List<?> provenance) {
            provenance.stream().map(String::valueOf).filter(entry -> entry.startsWith(ImportService.PROVENANCE_PREFIX))
                    .forEach(entry -> batches.add(entry.substring(ImportService.PROVENANCE_PREFIX.length())));
        }
        return batches;
    }

    private byte[] backUp() throws IOException {
        var out = new ByteArrayOutputStream();
        backup.write(out);
        return out.toByteArray();
    }

    /** A zip of two CSV files: new estates, and for each a relationship to a seed residents' committee. */
    private static byte[] estates(int round) {
        var nodes = new StringBuilder("id:ID,:LABEL,name,provenance:string[]\n");
        var links = new StringBuilder(":START_ID,:END_ID,:TYPE,provenance:string[]\n");
        for (int i = 0; i < ESTATES_PER_IMPORT; i++) {
            String id = "backup-race-" + round + "-" + i;
            nodes.append(id).append(",Estate,备份竞态小区 ").append(round).append('-').append(i).append(",illustrative\n");
            links.append(id).append(",xianxia-hongxu,LOCATED_IN,illustrative\n");
        }
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("estates.csv"));
            out.write(nodes.toString().getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("relationships.csv"));
            out.write(links.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return zip.toByteArray();
    }
}
