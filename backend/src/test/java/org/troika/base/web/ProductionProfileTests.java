package org.troika.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.troika.FreshDatabase;
import org.troika.TroikaTestApplication;

/**
 * The {@code production} profile, as a deployment starts it: no introspection, no GraphiQL, no schema page,
 * while queries still run; here with one origin named for cross-origin access, which opens it to that origin
 * only. (Its own application context: the profile cannot be switched in the shared one.)
 */
@SpringBootTest(classes = TroikaTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"troika.seed=never", "troika.cors.allowed-origins=https://ui.troika.example, https://other.troika.example"})
@ContextConfiguration(initializers = FreshDatabase.class)
@ActiveProfiles("production")
class ProductionProfileTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void http() {
        http = new Http(port);
    }

    @Test
    void introspection_is_refused_with_a_typed_error() {
        var response = http.graphQl("{\"query\": \"{ __schema { queryType { name } } }\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("IntrospectionDisabled").doesNotContain("\"data\"", "queryType");
        assertThat(http.graphQl("{\"query\": \"{ __type(name: \\\"Query\\\") { name } }\"}").body())
                .contains("IntrospectionDisabled").doesNotContain("\"Query\"");
    }

    @Test
    void queries_still_run() {
        var response = http.graphQl("{\"query\": \"{ facts { id } }\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"F01\"").doesNotContain("errors", "cypherStatements");
    }

    @Test
    void graphiql_is_not_served() {
        assertThat(http.get("/graphiql").statusCode()).isEqualTo(404);
        assertThat(http.get("/graphiql/examples").statusCode()).isEqualTo(404);
    }

    @Test
    void a_named_origin_may_read_answers_and_others_may_not() {
        var named = http.send(preflight("https://ui.troika.example"));
        assertThat(named.statusCode()).isEqualTo(200);
        assertThat(named.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://ui.troika.example");

        var simple = http.send(http.request("/api/import/templates").header("Origin", "https://other.troika.example").GET().build());
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://other.troika.example");

        var stranger = http.send(preflight("https://evil.example"));
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpRequest preflight(String origin) {
        return http.request("/graphql").header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    }
}
