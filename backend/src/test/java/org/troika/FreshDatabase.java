package org.troika;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each test application context its own embedded store under {@code target/} and a free Bolt
 * port, so test runs never meet an old store or a busy port.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!context.getEnvironment().getProperty("troika.neo4j.uri", "").isBlank()) {
            return;
        }
        TestPropertyValues.of(
                "troika.data-dir=" + newDataDirectory(),
                "troika.bolt-port=" + freePort()
        ).applyTo(context);
    }

    public static Path newDataDirectory() {
        return Path.of("target", "test-db", UUID.randomUUID().toString()).toAbsolutePath();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
