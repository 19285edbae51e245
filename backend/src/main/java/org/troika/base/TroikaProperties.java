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
 * @param minFreeDisk the embedded database refuses writes while the disk holding its data directory
 *                    has less free space; zero turns the check off
 */
@ConfigurationProperties("troika")
public record TroikaProperties(Path dataDir, int boltPort, DataSize pageCache, External neo4j, SeedMode seed,
        Duration transactionTimeout, DataSize minFreeDisk) {

    public TroikaProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        boltPort = boltPort == 0 ? 7687 : boltPort;
        pageCache = pageCache == null ? DataSize.ofMegabytes(128) : pageCache;
        neo4j = neo4j == null ? new External(null, null, null, null, null) : neo4j;
        seed = seed == null ? SeedMode.IF_EMPTY : seed;
        transactionTimeout = transactionTimeout == null ? Duration.ofSeconds(30) : transactionTimeout;
        minFreeDisk = minFreeDisk == null ? DataSize.ofMegabytes(100) : minFreeDisk;
    }

    /** Whether Troika runs its own database rather than connecting to a server. */
    public boolean embedded() {
        return neo4j.uri() == null || neo4j.uri().isBlank();
    }

    /**
     * The driver's connection: to an external Neo4j server or cluster when {@code uri} is set, else
     * to the embedded database. The timeouts bound how long a request waits for a database that
     * cannot be reached before it fails with an error saying so.
     *
     * @param connectionTimeout            how long opening a connection may take
     * @param connectionAcquisitionTimeout how long a request may wait for a connection from the pool
     */
    public record External(String uri, String username, String password, Duration connectionTimeout,
            Duration connectionAcquisitionTimeout) {

        public External {
            connectionTimeout = connectionTimeout == null ? Duration.ofSeconds(5) : connectionTimeout;
            connectionAcquisitionTimeout = connectionAcquisitionTimeout == null
                    ? Duration.ofSeconds(10) : connectionAcquisitionTimeout;
        }
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
