package org.troika.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.recovery.Recovery;
import org.neo4j.memory.EmptyMemoryTracker;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.FreshDatabase;
import org.troika.TroikaTestApplication;

/** The embedded database shuts down cleanly, keeps its data across a restart, and the seed is not loaded twice. */
class RestartTests {

    @Test
    void a_restart_keeps_the_data_and_duplicates_nothing() throws Exception {
        Path dataDir = FreshDatabase.newDataDirectory();
        long firstNodes;
        long firstRelationships;
        try (var first = start(dataDir)) {
            firstNodes = count(first, "MATCH (n) RETURN count(n)");
            firstRelationships = count(first, "MATCH ()-[r]->() RETURN count(r)");
            assertThat(count(first, "MATCH (n:Stakeholder) RETURN count(n)")).isGreaterThan(1_000);
        }
        assertThat(recoveryRequired(dataDir)).as("the store was shut down cleanly").isFalse();
        try (var second = start(dataDir)) {
            assertThat(count(second, "MATCH (n) RETURN count(n)")).isEqualTo(firstNodes);
            assertThat(count(second, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(firstRelationships);
            assertThat(count(second, "MATCH (n:Stakeholder) WITH n.id AS id, count(*) AS copies WHERE copies > 1 RETURN count(id)"))
                    .isZero();
        }
    }

    /** Neo4j's own check of a store's transaction logs: true after a crash, false after a clean shutdown. */
    private static boolean recoveryRequired(Path dataDir) throws Exception {
        Path home = dataDir.toAbsolutePath().normalize();
        Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, home);
        var layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try (var files = new DefaultFileSystemAbstraction()) {
            return Recovery.isRecoveryRequired(files, layout, config, EmptyMemoryTracker.INSTANCE);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(TroikaTestApplication.class)
                .properties("spring.main.web-application-type=none")
                .run("--troika.data-dir=" + dataDir, "--troika.bolt-port=" + FreshDatabase.freePort());
    }

    private static long count(ConfigurableApplicationContext context, String cypher) {
        return context.getBean(Neo4jClient.class).query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
