package org.troika.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.troika.FreshDatabase;
import org.troika.TroikaTest;
import org.troika.TroikaTestApplication;

/** A second Troika on a directory or port that is taken stops at once and says why. */
@TroikaTest
@ExtendWith(OutputCaptureExtension.class)
class SecondInstanceTests {

    @Autowired
    TroikaProperties running;

    @Test
    void a_second_instance_on_the_same_data_directory_fails_with_a_clear_message(CapturedOutput output) {
        assertThatThrownBy(() -> start("--troika.data-dir=" + running.dataDir(),
                "--troika.bolt-port=" + FreshDatabase.freePort()))
                .hasStackTraceContaining(DataDirectoryInUseException.class.getSimpleName());
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("is already in use by another Troika or Neo4j process")
                .contains("TROIKA_DATA_DIR");
    }

    @Test
    void a_taken_bolt_port_fails_with_a_clear_message(CapturedOutput output) throws Exception {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            assertThatThrownBy(() -> start("--troika.data-dir=" + FreshDatabase.newDataDirectory(),
                    "--troika.bolt-port=" + taken.getLocalPort()))
                    .hasStackTraceContaining(BoltPortInUseException.class.getSimpleName());
        }
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Bolt port")
                .contains("TROIKA_BOLT_PORT");
    }

    private static void start(String... arguments) {
        new SpringApplicationBuilder(TroikaTestApplication.class)
                .properties("spring.main.web-application-type=none")
                .run(arguments)
                .close();
    }
}
