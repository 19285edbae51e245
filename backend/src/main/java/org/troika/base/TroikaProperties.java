package org.troika.base;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Troika's settings, bound from {@code troika.*} (environment variables {@code TROIKA_*}).
 *
 * @param dataDir   where the embedded database keeps its files
 * @param boltPort  the embedded database's Bolt port on 127.0.0.1
 * @param pageCache the embedded database's page cache
 * @param neo4j     an external Neo4j server or cluster; when its URI is blank the database is embedded
 * @param seed      when the seed data are loaded at start
 * @param transactionTimeout how long a Neo4j transaction may run before the database stops it
 */
@ConfigurationProperties("troika")
public record TroikaProperties(Path dataDir, int boltPort, DataSize pageCache, External neo4j, SeedMode seed,
        Duration transactionTimeout) {

    public TroikaProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        boltPort = boltPort == 0 ? 7687 : boltPort;
        pageCache = pageCache == null ? DataSize.ofMegabytes(128) : pageCache;
        neo4j = neo4j == null ? new External(null, null, null) : neo4j;
        seed = seed == null ? SeedMode.IF_EMPTY : seed;
        transactionTimeout = transactionTimeout == null ? Duration.ofSeconds(30) : transactionTimeout;
    }

    /** Whether Troika runs its own database rather than connecting to a server. */
    public boolean embedded() {
        return neo4j.uri() == null || neo4j.uri().isBlank();
    }

    /** The connection to an external Neo4j server or cluster. */
    public record External(String uri, String username, String password) {
    }

    /** When the seed is loaded at start. */
    public enum SeedMode {
        /** only into a database without stakeholders (the default) */
        IF_EMPTY,
        /** at every start: the load is idempotent, so this repairs a changed seed */
        ALWAYS,
        /** never at start; on demand only */
        NEVER
    }
}
