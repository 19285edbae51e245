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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.troika.TestUsers;
import org.troika.TroikaTest;
import tools.jackson.databind.json.JsonMapper;

/** Over HTTP, through the security filters: the history records the signed-in user, and nobody else can write. */
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
        http = TestUsers.http(context);
        graph = new TestGraph(neo4j);
    }

    @AfterEach
    void restore() {
        graph.remove();
    }

    @Test
    void the_user_signed_in_with_basic_is_recorded_and_a_name_in_the_x_troika_actor_header_is_ignored() {
        var response = addEstate(request -> request.header(HttpHeaders.AUTHORIZATION, TestUsers.basic(TestUsers.STAFF))
                .header(Actor.HEADER, "someone else"));

        assertThat(response).hasStatusOk().bodyJson()
                .extractingPath("$.data.addEstate.change").isEqualTo(Map.of("by", TestUsers.STAFF, "authenticated", true));
        assertThat(graph.count("MATCH (c:Change {by: 'test-staff', authenticated: true}) WHERE c.targetId CONTAINS $token RETURN count(c)"))
                .isEqualTo(1);
    }

    @Test
    void an_anonymous_change_is_refused_as_unauthorized_whatever_name_the_header_claims_and_nothing_is_written() {
        var response = addEstate(request -> request.header(Actor.HEADER, "%E7%8E%8B%E5%B0%8F%E6%98%8E"));

        assertThat(response).hasStatusOk().bodyJson()
                .extractingPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
        assertThat(graph.count("MATCH (n:Stakeholder) WHERE n.id CONTAINS $token RETURN count(n)")).isZero();
        assertThat(graph.count("MATCH (c:Change) WHERE c.targetId CONTAINS $token RETURN count(c)")).isZero();
    }

    @Test
    void a_researcher_may_not_change_the_graph() {
        var response = addEstate(request -> request.header(HttpHeaders.AUTHORIZATION, TestUsers.basic(TestUsers.RESEARCHER)));

        assertThat(response).hasStatusOk().bodyJson()
                .extractingPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN");
        assertThat(response).bodyJson().extractingPath("$.errors[0].message").asString()
                .contains("test-researcher", "Mutation.addEstate");
        assertThat(graph.count("MATCH (n:Stakeholder) WHERE n.id CONTAINS $token RETURN count(n)")).isZero();
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
