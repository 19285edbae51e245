package org.troika.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.consistency.ConsistencyCheckService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.layout.Neo4jLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.troika.FreshDatabase;

/**
 * Durability under SIGKILL: a {@link CrashingWriter} process writes batches and is killed at a
 * random moment, twenty times on the same store. After each kill the store is opened again with
 * Troika's settings (Neo4j recovers it from its transaction log), and then every acknowledged batch
 * is there in full, no batch is there in part, and Neo4j's consistency checker passes.
 *
 * <p>The seed of the kill moments is logged; {@code -Dtroika.crash.seed=<seed>} replays a run and
 * {@code -Dtroika.crash.rounds=<n>} changes the number of rounds.
 */
class CrashRecoveryTests {

    private static final Logger log = LoggerFactory.getLogger(CrashRecoveryTests.class);

    private static final int BATCH_SIZE = 300;
    /** Exit status of a process killed by SIGKILL (128 + 9): proves the kill was not a clean stop. */
    private static final int KILLED_BY_SIGKILL = 137;

    @Test
    void every_acknowledged_batch_survives_sigkill_whole_and_the_store_stays_consistent() throws Exception {
        int rounds = Integer.getInteger("troika.crash.rounds", 20);
        long seed = Long.getLong("troika.crash.seed", System.nanoTime());
        log.info("Crash test: {} rounds, seed {} (replay with -Dtroika.crash.seed={})", rounds, seed, seed);
        var random = new Random(seed);
        Path dataDir = FreshDatabase.newDataDirectory();
        migrate(dataDir);
        int lastAcknowledged = 0;
        int lastPresent = 0;
        long started = System.nanoTime();
        for (int round = 1; round <= rounds; round++) {
            long roundStarted = System.nanoTime();
            // the kill meets the writer anywhere: opening the store, compiling its first query, between
            // batches or inside a commit
            int killAfterBatches = random.nextInt(4);
            long killAfterMillis = random.nextLong(400);
            var writer = Writer.start(dataDir, lastPresent + 1, round);
            int acknowledged = writer.killAfter(killAfterBatches, killAfterMillis);
            lastAcknowledged = Math.max(lastAcknowledged, acknowledged);

            Map<Integer, long[]> present = batchesIn(dataDir);
            int highest = present.isEmpty() ? 0 : present.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            log.info("Round {}: killed {} ms after {} batches, acknowledged in this round: {}, last batch present {}",
                    round, killAfterMillis, killAfterBatches, acknowledged == 0 ? "none" : "up to batch " + acknowledged,
                    highest);
            assertThat(present.keySet()).as("round %d: the batches present are 1..%d, none missing", round, highest)
                    .containsExactlyElementsOf(range(1, highest));
            assertThat(highest).as("round %d: every acknowledged batch is present; at most the one in flight more", round)
                    .isBetween(lastAcknowledged, Math.max(lastPresent, acknowledged) + 1);
            for (var batch : present.entrySet()) {
                assertThat(batch.getValue())
                        .as("round %d: batch %d has all %d stakeholders and all %d links", round, batch.getKey(),
                                BATCH_SIZE, BATCH_SIZE)
                        .containsExactly(BATCH_SIZE, BATCH_SIZE);
            }
            assertConsistent(dataDir, round);
            log.info("Round {}: recovered and checked in {} s", round,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - roundStarted));
            lastPresent = highest;
        }
        log.info("Crash test: {} rounds, {} batches acknowledged, in {} s", rounds, lastAcknowledged,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        assertThat(lastAcknowledged).as("the writers got batches through, so the kills met real writes").isPositive();
    }

    /** Troika's schema (the writes rely on the stakeholder id constraint), applied once before the first round. */
    private static void migrate(Path dataDir) {
        int boltPort = FreshDatabase.freePort();
        var dbms = EmbeddedNeo4j.start(new TroikaProperties(dataDir, boltPort, null, null, null, null, null));
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none())) {
            new SchemaMigrations(driver).afterPropertiesSet();
        } finally {
            dbms.shutdown();
        }
    }

    /** Opens the store as Troika does (which recovers it) and counts each batch's stakeholders and links. */
    private static Map<Integer, long[]> batchesIn(Path dataDir) {
        var properties = new TroikaProperties(dataDir, FreshDatabase.freePort(), null, null, null, null, null);
        var dbms = EmbeddedNeo4j.start(properties);
        try {
            var database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            Map<Integer, long[]> batches = new TreeMap<>();
            database.executeTransactionally(
                    "MATCH (n:CrashProbe) RETURN n.batch AS batch, count(n) AS count", Map.of(),
                    result -> {
                        result.forEachRemaining(row -> batches.computeIfAbsent(
                                ((Number) row.get("batch")).intValue(), batch -> new long[2])[0] = (Long) row.get("count"));
                        return null;
                    });
            database.executeTransactionally(
                    "MATCH (:CrashProbe)-[r:MEMBER_OF]->(:CrashProbe) RETURN r.batch AS batch, count(r) AS count", Map.of(),
                    result -> {
                        result.forEachRemaining(row -> batches.computeIfAbsent(
                                ((Number) row.get("batch")).intValue(), batch -> new long[2])[1] = (Long) row.get("count"));
                        return null;
                    });
            return batches;
        } finally {
            dbms.shutdown();
        }
    }

    /** Neo4j's full consistency check of the (recovered, cleanly shut down) store. */
    private static void assertConsistent(Path dataDir, int round) throws Exception {
        Path home = dataDir.toAbsolutePath().normalize();
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, home)
                .set(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .build();
        var layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var result = new ConsistencyCheckService(layout)
                .with(config)
                .with(home.resolve("consistency-reports"))
                .with(OutputStream.nullOutputStream())
                .runFullConsistencyCheck();
        assertThat(result.isSuccessful())
                .as("round %d: Neo4j's consistency check passes (report %s)", round, result.reportFile())
                .isTrue();
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            numbers.add(n);
        }
        return numbers;
    }

    /** One {@link CrashingWriter} process and what it acknowledged. */
    private static final class Writer {

        private final Process process;
        private final Path output;
        private final CountDownLatch ready = new CountDownLatch(1);
        private final AtomicInteger acknowledgements = new AtomicInteger();
        private final AtomicInteger lastAcknowledged = new AtomicInteger();
        private final Thread reader;

        private Writer(Path dataDir, String output, String... arguments) throws IOException {
            this.output = dataDir.resolveSibling(dataDir.getFileName() + "-" + output + ".log");
            Files.createDirectories(this.output.getParent());
            String java = ProcessHandle.current().info().command().orElseThrow();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), dataDir.toString()));
            command.addAll(List.of(arguments));
            this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
            this.reader = Thread.ofPlatform().name("crash-writer").start(this::read);
        }

        static Writer start(Path dataDir, int firstBatch, int round) throws IOException {
            return new Writer(dataDir, "writer-" + round, Integer.toString(firstBatch), Integer.toString(BATCH_SIZE));
        }

        /**
         * Kills the writer with SIGKILL once it has acknowledged the given number of batches and the
         * given time more has passed; returns the last batch it acknowledged (0 for none).
         */
        int killAfter(int batches, long millis) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!ready.await(0, TimeUnit.SECONDS) || acknowledgements.get() < batches) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new AssertionError("The writer stopped or stalled before acknowledging " + batches
                            + " batches; its output:\n" + output());
                }
                Thread.sleep(5);
            }
            Thread.sleep(millis);
            assertThat(process.isAlive()).as("the writer is still writing when it is killed; its output:\n%s", output())
                    .isTrue();
            process.destroyForcibly();
            assertThat(process.waitFor()).as("the writer died of SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
            reader.join(10_000); // every ACK written before the kill is still in the pipe
            return lastAcknowledged.get();
        }

        private void read() {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    var log = Files.newBufferedWriter(output)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("ACK ")) {
                        lastAcknowledged.set(Integer.parseInt(line.substring(4)));
                        acknowledgements.incrementAndGet();
                    }
                    log.write(line);
                    log.newLine();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String output() throws IOException {
            return Files.exists(output) ? Files.readString(output) : "";
        }
    }
}
