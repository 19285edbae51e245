package org.troika.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.troika.TroikaTest;
import tools.jackson.databind.json.JsonMapper;

/** Over HTTP, where the request says who makes a change. */
@TroikaTest
class ActorTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Neo4jClient neo4j;

    MockMvcTester http;
    TestGraph graph;

    @BeforeEach
    void http() {
        http = MockMvcTester.from(context);
        graph = new TestGraph(neo4j);
    }

    @AfterEach
    void restore() {
        graph.remove();
    }

    @Test
    void the_name_in_the_x_troika_actor_header_is_recorded_as_a_claim_not_as_a_user() {
        var response = addEstate(request -> request.header("X-Troika-Actor", "%E7%8E%8B%E5%B0%8F%E6%98%8E"));

        assertThat(response).hasStatusOk().bodyJson()
                .extractingPath("$.data.addEstate.change").isEqualTo(Map.of("by", "王小明", "authenticated", false));
        assertThat(graph.count("MATCH (c:Change {by: '王小明', authenticated: false}) WHERE c.targetId CONTAINS $token RETURN count(c)"))
                .isEqualTo(1);
    }

    @Test
    void a_signed_in_user_is_recorded_rather_than_the_name_the_header_claims() {
        var response = addEstate(request -> request.principal(() -> "li.lei").header("X-Troika-Actor", "someone else"));

        assertThat(response).hasStatusOk().bodyJson()
                .extractingPath("$.data.addEstate.change").isEqualTo(Map.of("by", "li.lei", "authenticated", true));
    }

    @Test
    void without_either_the_change_is_anonymous() {
        assertThat(addEstate(request -> request)).hasStatusOk().bodyJson()
                .extractingPath("$.data.addEstate.change").isEqualTo(Map.of("by", "anonymous", "authenticated", false));
    }

    private MvcTestResult addEstate(UnaryOperator<MockMvcRequestBuilder> who) {
        var body = Map.of("query", document("addEstateBy"), "variables", Map.of("input", Map.of(
                "id", graph.id("estate"), "name", "示意小区", "provenance", List.of("illustrative"), "reason", "a test")));
        return who.apply(http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.shared().writeValueAsString(body)))
                .exchange();
    }

    private static String document(String name) {
        try {
            return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
