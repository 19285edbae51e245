package org.troika.base;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.locker.FileLockException;

/** Starts the embedded Neo4j Community DBMS with Bolt on the loopback interface. */
final class EmbeddedNeo4j {

    private static final String LOOPBACK = "127.0.0.1";

    private EmbeddedNeo4j() {
    }

    static DatabaseManagementService start(TroikaProperties properties) {
        Path home = properties.dataDir().toAbsolutePath().normalize();
        int boltPort = properties.boltPort();
        ensureDirectory(home);
        ensurePortFree(boltPort);
        try {
            return new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
                    // runaway Cypher stops here even when it runs outside a Spring transaction
                    .setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
                    // a small store should not start with a 256 MiB pre-allocated transaction log
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
                    // without these, shutdown waits ~12 s for idle Bolt threads
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .build();
        } catch (RuntimeException e) {
            if (causedBy(e, FileLockException.class)) {
                throw new DataDirectoryInUseException(home, e);
            }
            throw e;
        }
    }

    private static void ensureDirectory(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data directory " + home + ": " + e.getMessage(), e);
        }
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port));
        } catch (IOException e) {
            throw new BoltPortInUseException(port, e);
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
