package org.troika.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.troika.TroikaTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The queries of a scene, run as a person would run them: the GraphQL over HTTP, the Cypher with its :param lines. */
@TroikaTest
class SceneQueryTests {

    static final Pattern PARAMETER = Pattern.compile("^:param (\\w+) => (.+)$");

    @Autowired
    SceneQuery sceneQuery;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    WebApplicationContext context;

    MockMvcTester http;

    @BeforeEach
    void http() {
        http = MockMvcTester.from(context);
    }

    @Test
    void the_graphql_request_of_a_scene_draws_exactly_its_stakeholders_and_relationships() {
        for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2019, 1, 1)}) {
            var response = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .content(sceneQuery.graphQlRequest(GraphServiceTests.SCENE, asOf)).exchange();
            assertThat(response).hasStatusOk();
            JsonNode body = JsonMapper.shared().readTree(response.getResponse().getContentAsByteArray());

            assertThat(body.has("errors")).as(body.toString()).isFalse();
            assertThat(texts(body.at("/data/subgraph/nodes"), "id")).containsExactlyInAnyOrderElementsOf(GraphServiceTests.SCENE);
            assertThat(texts(body.at("/data/subgraph/relationships"), "id"))
                    .containsExactlyInAnyOrderElementsOf(expectedRelationships(asOf));
        }
    }

    @Test
    void the_graphql_request_carries_the_document_and_the_variables() {
        JsonNode request = JsonMapper.shared().readTree(sceneQuery.graphQlRequest(List.of("a", "b", "a"), LocalDate.of(2020, 1, 2)));

        assertThat(request.get("query").asString()).isEqualTo(SceneQuery.GRAPHQL_DOCUMENT).contains("subgraph(ids: $ids, asOf: $asOf)");
        assertThat(request.at("/variables/ids").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(request.at("/variables/asOf").asString()).isEqualTo("2020-01-02");
        assertThat(sceneQuery.graphQlVariables(List.of("a"), null)).contains("\"asOf\" : null");
    }

    @Test
    void the_cypher_of_a_scene_with_its_parameter_lines_draws_exactly_its_stakeholders_and_relationships() {
        for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2019, 1, 1)}) {
            String script = sceneQuery.cypher(GraphServiceTests.SCENE, asOf);
            Map<String, Object> parameters = new HashMap<>();
            List<String> statement = new ArrayList<>();
            for (String line : script.split("\n")) {
                Matcher parameter = PARAMETER.matcher(line);
                if (parameter.matches()) {
                    // a :param line's right-hand side is a Cypher expression: let the database read it
                    parameters.put(parameter.group(1), neo4j.query("RETURN " + parameter.group(2) + " AS value")
                            .fetchAs(Object.class).mappedBy((types, row) -> row.get("value").asObject()).one().orElse(null));
                } else {
                    statement.add(line);
                }
            }
            assertThat(parameters).containsEntry("asOf", asOf).containsEntry("ids", GraphServiceTests.SCENE);

            var result = neo4j.query(String.join("\n", statement)).bindAll(parameters)
                    .fetchAs(List.class)
                    .mappedBy((types, row) -> List.of(
                            row.get("stakeholders").asList(node -> node.asNode().get("id").asString()),
                            row.get("relationships").asList(relationship -> relationship.asRelationship().get("id").asString())))
                    .one().orElseThrow();
            assertThat((List<String>) result.get(0)).containsExactlyInAnyOrderElementsOf(GraphServiceTests.SCENE);
            assertThat((List<String>) result.get(1)).containsExactlyInAnyOrderElementsOf(expectedRelationships(asOf));
        }
    }

    @Test
    void the_cypher_escapes_what_it_quotes() {
        assertThat(sceneQuery.cypher(List.of("o'brien\\x"), LocalDate.of(2020, 1, 2)))
                .startsWith(":param ids => ['o\\'brien\\\\x']\n:param asOf => date('2020-01-02')\n");
    }

    /** The relationships among the scene's stakeholders valid on that day, read directly. */
    private List<String> expectedRelationships(LocalDate asOf) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", GraphServiceTests.SCENE);
        parameters.put("asOf", asOf);
        return List.copyOf(neo4j.query("""
                        MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
                        WHERE a.id IN $ids AND b.id IN $ids
                          AND ($asOf IS NULL OR ((r.since IS NULL OR NOT r.since IS :: DATE OR r.since <= $asOf)
                                                 AND (r.until IS NULL OR NOT r.until IS :: DATE OR r.until >= $asOf)))
                        RETURN r.id AS id""")
                .bindAll(parameters).fetchAs(String.class).all());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asString()));
        return values;
    }
}
