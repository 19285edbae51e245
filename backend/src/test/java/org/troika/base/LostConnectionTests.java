package org.troika.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.FreshDatabase;
import org.troika.SignedIn;
import org.troika.access.Role;
import org.troika.TroikaTestApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * Troika on an external Neo4j server that goes away and comes back: while it is gone a request
 * gets a {@code SERVICE_UNAVAILABLE} error saying so, within the driver's timeouts rather than a
 * hang, and the health indicator says DOWN; once the server is back on the same address, requests
 * work again without restarting Troika. The "external server" is a second embedded Neo4j with Bolt.
 */
class LostConnectionTests {

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_lost_server_gives_a_clear_error_and_troika_recovers_when_it_returns() throws Exception {
        Path serverDir = FreshDatabase.newDataDirectory();
        int serverPort = FreshDatabase.freePort();
        DatabaseManagementService server = startServer(serverDir, serverPort);
        try (var troika = new SpringApplicationBuilder(TroikaTestApplication.class)
                .run("--server.port=0", "--troika.neo4j.uri=bolt://127.0.0.1:" + serverPort, "--troika.neo4j.username=",
                        "--troika.seed=never", "--troika.neo4j.connection-timeout=2s",
                        "--troika.neo4j.connection-acquisition-timeout=3s")) {
            SignedIn.as(Role.STAFF); // writes need a signed-in user
            var graphQl = ExecutionGraphQlServiceTester.create(troika.getBean(ExecutionGraphQlService.class));
            var http = new Http(troika.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            graphQl.documentName("addEstate").fragmentName("change")
                    .variable("input", Map.of("id", "lost-connection-estate", "name", "示意小区 断线",
                            "provenance", List.of("illustrative"), "reason", "lost connection test"))
                    .execute().path("addEstate.errors").entityList(Object.class).hasSize(0);
            assertReadable(graphQl);
            http.assertHealth("UP");

            server.shutdown();
            long asked = System.nanoTime();
            node(graphQl).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("SERVICE_UNAVAILABLE");
                assertThat(error.getMessage()).startsWith("The database cannot be reached");
            }));
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("the error comes at once, not after a hang")
                    .isLessThan(Duration.ofSeconds(10));
            http.assertHealth("DOWN");
            var export = http.get("/api/export/json?ids=lost-connection-estate");
            assertThat(export.statusCode()).isEqualTo(503);
            assertThat(JsonMapper.shared().readTree(export.body()).at("/error").asString())
                    .isEqualTo(DatabaseUnreachable.MESSAGE);

            server = startServer(serverDir, serverPort);
            assertReadable(graphQl);
            http.assertHealth("UP");
        } finally {
            server.shutdown();
        }
    }

    private static DatabaseManagementService startServer(Path dataDir, int boltPort) {
        return EmbeddedNeo4j.start(new TroikaProperties(dataDir, boltPort, null, null, null, null, null));
    }

    private static void assertReadable(GraphQlTester graphQl) {
        node(graphQl).path("node.name").entity(String.class).isEqualTo("示意小区 断线");
    }

    private static GraphQlTester.Response node(GraphQlTester graphQl) {
        return graphQl.documentName("nodeById").variable("id", "lost-connection-estate").execute();
    }

    /** Troika over HTTP, as a monitor or an API client sees it. */
    private record Http(int port) {

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            try (var http = HttpClient.newHttpClient()) {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            }
        }

        /** {@code /actuator/health}: overall and the database's, UP (200) or DOWN (503). */
        void assertHealth(String status) throws IOException, InterruptedException {
            var response = get("/actuator/health");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status.equals("UP") ? 200 : 503);
            var health = JsonMapper.shared().readTree(response.body());
            assertThat(health.at("/status").asString()).as(response.body()).isEqualTo(status);
            assertThat(health.at("/components/neo4j/status").asString()).as(response.body()).isEqualTo(status);
        }
    }
}
