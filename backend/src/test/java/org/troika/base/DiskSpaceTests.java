package org.troika.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.FreshDatabase;
import org.troika.SignedIn;
import org.troika.TestUsers;
import org.troika.TroikaTestApplication;
import org.troika.access.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * A nearly full disk: writes are refused with an error naming the problem (GraphQL and HTTP), reads go on, and writes
 * work again once space returns, without a restart. The disk really fills: the test sets
 * {@code troika.min-free-disk} a little below the free space it finds, then writes a file larger
 * than that margin next to the database and deletes it again.
 */
class DiskSpaceTests {

    private static final long MEGABYTE = 1024 * 1024;
    private static final long MARGIN = 300 * MEGABYTE;
    private static final long FILLER = 1024 * MEGABYTE;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void writes_are_refused_while_the_disk_is_nearly_full_and_work_again_once_space_returns() throws Exception {
        Path dataDir = FreshDatabase.newDataDirectory();
        Files.createDirectories(dataDir);
        long minimum = Files.getFileStore(dataDir).getUsableSpace() - MARGIN;
        try (var context = new SpringApplicationBuilder(TroikaTestApplication.class)
                .run("--server.port=0", "--troika.data-dir=" + dataDir, "--troika.bolt-port=" + FreshDatabase.freePort(),
                        "--troika.seed=never", "--troika.min-free-disk=" + minimum + "B")) {
            // Writes need a signed-in user: the test thread acts as staff, the HTTP import signs in as staff.
            SignedIn.as(Role.STAFF);
            var graphQl = ExecutionGraphQlServiceTester.create(context.getBean(ExecutionGraphQlService.class));
            addEstate(graphQl, "disk-test-before").path("addEstate.errors").entityList(Object.class).hasSize(0);

            Path filler = dataDir.resolveSibling(dataDir.getFileName() + "-filler");
            fill(filler, FILLER);
            try {
                addEstate(graphQl, "disk-test-refused").errors().satisfy(errors ->
                        assertThat(errors).singleElement().satisfies(error -> {
                            assertThat(error.getErrorType().toString()).isEqualTo("INSUFFICIENT_STORAGE");
                            assertThat(error.getMessage())
                                    .startsWith("Writes are refused: the disk holding the database has less than ")
                                    .contains("Reads still work");
                        }));
                node(graphQl, "disk-test-before").path("node.name").entity(String.class)
                        .isEqualTo("示意小区 disk-test-before"); // reads go on
                var upload = importFile(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
                assertThat(upload.statusCode()).as(upload.body()).isEqualTo(507);
                assertThat(JsonMapper.shared().readTree(upload.body()).at("/error").asString())
                        .startsWith("Writes are refused: the disk holding the database has less than ");
            } finally {
                Files.delete(filler);
            }

            addEstate(graphQl, "disk-test-after").path("addEstate.errors").entityList(Object.class).hasSize(0);
            node(graphQl, "disk-test-after").path("node.name").entity(String.class).isEqualTo("示意小区 disk-test-after");
            node(graphQl, "disk-test-refused").path("node").valueIsNull(); // the refused write left nothing
        }
    }

    private static GraphQlTester.Response addEstate(GraphQlTester graphQl, String id) {
        return graphQl.documentName("addEstate").fragmentName("change")
                .variable("input", Map.of("id", id, "name", "示意小区 " + id, "provenance", List.of("illustrative"),
                        "reason", "disk space test"))
                .execute();
    }

    private static GraphQlTester.Response node(GraphQlTester graphQl, String id) {
        return graphQl.documentName("nodeById").variable("id", id).execute();
    }

    /** {@code POST /api/import}: an import, even a dry run, is a write transaction. */
    private static HttpResponse<String> importFile(int port) throws IOException, InterruptedException {
        String boundary = "troika-disk-test";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"estate.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "id,name\r\ndisk-test-import,示意小区 导入\r\n"
                + "--" + boundary + "--\r\n";
        try (var http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/import"))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .header("Authorization", TestUsers.basic(TestUsers.STAFF))
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Writes real bytes (not a sparse file), so the disk's free space truly drops. */
    private static void fill(Path file, long bytes) throws IOException {
        var chunk = ByteBuffer.allocateDirect((int) (8 * MEGABYTE));
        try (var channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long written = 0; written < bytes; written += chunk.capacity()) {
                chunk.clear();
                while (chunk.hasRemaining()) {
                    channel.write(chunk);
                }
            }
            channel.force(true);
        }
    }
}
