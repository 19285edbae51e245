package org.troika.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.FreshDatabase;
import org.troika.GraphFingerprint;
import org.troika.TroikaTest;
import org.troika.base.NamedQueries;

/**
 * The offline dump and load through the jar's commands: a stopped database dumped, loaded into a fresh data
 * directory, holds the same graph; a running database, an existing one and a file that is not a dump are refused.
 * The graph is the seed's, restored from an online backup into a second embedded database of the test's own.
 */
@TroikaTest
class StoreDumpsTests {

    @Autowired
    GraphBackup backup;

    @Autowired
    NamedQueries queries;

    @TempDir
    Path folder;

    @Test
    void a_stopped_database_dumped_and_loaded_into_a_fresh_data_directory_holds_the_same_graph() throws IOException {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        Path dump = folder.resolve("troika.dump");
        Path backupFile = folder.resolve("seed" + BackupFile.EXTENSION);
        try (OutputStream out = Files.newOutputStream(backupFile)) {
            backup.write(out);
        }
        String fingerprint;
        var running = new Embedded(first);
        try {
            new GraphRestore(running.driver, queries, new BackupGate(Duration.ofSeconds(10))).restore(backupFile, false);
            fingerprint = GraphFingerprint.of(Neo4jClient.create(running.driver));
            assertThat(fingerprint).contains("xianxia-estate-01");

            Command inUse = command("dump", "--to", dump.toString(), "--troika.data-dir=" + first);
            assertThat(inUse.status).hasValue(1);
            assertThat(inUse.output).contains("Troika dump failed").contains("in use");
            assertThat(dump).doesNotExist();
        } finally {
            running.stop();
        }

        Command dumped = command("dump", "--to", dump.toString(), "--troika.data-dir=" + first);
        assertThat(dumped.status).as(dumped.output).hasValue(0);
        assertThat(dump).isNotEmptyFile();
        Command loaded = command("load", "--from", dump.toString(), "--troika.data-dir=" + second);
        assertThat(loaded.status).as(loaded.output).hasValue(0);

        Command again = command("load", "--from", dump.toString(), "--troika.data-dir=" + second);
        assertThat(again.status).hasValue(1);
        assertThat(again.output).contains("Troika load failed").contains("already exists");
        Command overwritten = command("load", "--from", dump.toString(), "--overwrite", "--troika.data-dir=" + second);
        assertThat(overwritten.status).as(overwritten.output).hasValue(0);

        var loadedDatabase = new Embedded(second);
        try {
            assertThat(GraphFingerprint.of(Neo4jClient.create(loadedDatabase.driver))).isEqualTo(fingerprint);
        } finally {
            loadedDatabase.stop();
        }
    }

    @Test
    void a_file_that_is_not_a_dump_a_missing_file_and_a_missing_database_are_refused_by_name() throws IOException {
        Path notADump = Files.writeString(folder.resolve("notes.dump"), "not a dump");

        Command foreign = command("load", "--from", notADump.toString(), "--troika.data-dir=" + folder.resolve("target"));
        assertThat(foreign.status).hasValue(1);
        assertThat(foreign.output).contains("Troika load failed").contains("Not a valid Neo4j archive").contains("notes.dump");
        assertThat(folder.resolve("target").resolve("data").resolve("databases").resolve("neo4j")).doesNotExist();

        Command missing = command("load", "--from", folder.resolve("none.dump").toString(), "--troika.data-dir=" + folder);
        assertThat(missing.output).contains("There is no dump file");
        Command noDatabase = command("dump", "--to", folder.resolve("x.dump").toString(), "--troika.data-dir=" + folder.resolve("empty"));
        assertThat(noDatabase.output).contains("There is no Troika database in the data directory");
        Command noTarget = command("dump");
        assertThat(noTarget.output).contains("--to FILE is missing");
        assertThat(DatabaseCommands.run(new String[] {"generate"}, Map.of(), System.out)).isEmpty();
    }

    private record Command(OptionalInt status, String output) {
    }

    private static Command command(String... arguments) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            OptionalInt status = DatabaseCommands.run(arguments, Map.of(), out);
            return new Command(status, bytes.toString(StandardCharsets.UTF_8));
        }
    }

    /** A second embedded database with Bolt on a free port, as Troika starts its own. */
    private static final class Embedded {

        final DatabaseManagementService service;
        final Driver driver;

        Embedded(Path home) {
            int port = FreshDatabase.freePort();
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                    .build();
            driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
        }

        void stop() {
            driver.close();
            service.shutdown();
        }
    }
}
