package org.troika.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.troika.TestUsers;
import org.troika.TroikaTest;

/**
 * Without a profile: introspection, GraphiQL and the schema page are on (the production profile turns them
 * off), cross-origin access is closed, and HTTP errors are short JSON naming the problem.
 */
@TroikaTest
class WebDefaultsTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void http() {
        http = new Http(port);
    }

    @Test
    void introspection_and_graphiql_are_on() {
        var introspection = http.graphQl("{\"query\": \"{ __schema { queryType { name } } }\"}");
        assertThat(introspection.statusCode()).isEqualTo(200);
        assertThat(introspection.body()).contains("\"queryType\":{\"name\":\"Query\"}");
        assertThat(http.get("/graphiql").statusCode()).isEqualTo(200);
    }

    @Test
    void a_preflight_from_another_origin_gets_no_permission() {
        for (String path : new String[] {"/graphql", "/api/import", "/api/export/json"}) {
            var response = http.send(http.request(path).header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).as(path).isEmpty();
        }
    }

    @Test
    void a_cross_origin_answer_carries_no_allow_origin() {
        var graphQl = http.send(http.request("/graphql").header("Origin", "https://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ facts { id } }\"}")).build());
        var api = http.send(http.request("/api/import/templates").header("Origin", "https://evil.example").GET().build());

        assertThat(graphQl.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_wrong_method_is_a_405_naming_it() {
        // Signed in as staff, so that the method, not the sign-in, is what is wrong.
        var response = http.send(http.request("/api/export/json").header("Authorization", TestUsers.basic(TestUsers.STAFF))
                .DELETE().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("\"status\":405", "DELETE").doesNotContain("Exception", "trace");
    }

    @Test
    void an_unknown_address_is_a_404() {
        var response = http.send(http.request("/api/no-such-thing").header("Authorization", TestUsers.basic(TestUsers.STAFF))
                .GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception", "trace");
    }
}
