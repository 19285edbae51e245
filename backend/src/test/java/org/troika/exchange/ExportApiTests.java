package org.troika.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.troika.TroikaTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/export/{format}} over HTTP: the files, their types and names, and the errors. */
@TroikaTest
class ExportApiTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Neo4jClient neo4j;

    MockMvcTester http;

    @BeforeEach
    void http() {
        http = MockMvcTester.from(context);
    }

    @Test
    void the_whole_graph_as_json_holds_every_stakeholder_and_relationship_between_stakeholders() {
        MvcTestResult response = get("/api/export/json");

        assertThat(response).hasStatusOk().hasContentType("application/json");
        assertThat(response.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"troika.json\"");
        JsonNode json = JsonMapper.shared().readTree(response.getResponse().getContentAsByteArray());
        assertThat(json.get("nodes").size()).isEqualTo(count("MATCH (n:Stakeholder) RETURN count(n)"));
        assertThat(json.get("relationships").size()).isEqualTo(count("MATCH (:Stakeholder)-[r]->(:Stakeholder) RETURN count(r)"));
    }

    @Test
    void a_scope_a_scene_and_each_format_come_with_their_content_type_and_file_name() throws Exception {
        assertFile(get("/api/export/gexf?scope=yingpu"), "application/gexf+xml", "troika-yingpu.gexf");
        assertFile(get("/api/export/graphml?scope=qingpu"), "application/graphml+xml", "troika-qingpu.graphml");
        assertFile(get("/api/export/csv?ids=yingpu-estate-003,yingpu-firm-07"), "application/zip", "troika-scene.zip");
        assertFile(get("/api/export/cypher?ids=yingpu-estate-003,yingpu-firm-07&asOf=2019-01-01"), "text/plain;charset=UTF-8",
                "troika-scene.cypher");
        MvcTestResult scene = get("/api/export/cypher?ids=yingpu-estate-003, yingpu-firm-07");
        assertThat(scene.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("MERGE (n:Stakeholder {id: 'yingpu-firm-07'})", "MERGE (a)-[r:SERVES]->(b)");
    }

    @Test
    void bad_requests_and_unknown_ids_get_a_json_error_naming_the_problem() {
        assertError(get("/api/export/pdf"), HttpStatus.BAD_REQUEST, "Unknown export format 'pdf': use one of graphml, gexf, csv, json, cypher");
        assertError(get("/api/export/json?scope=atlantis"), HttpStatus.NOT_FOUND, "No scope with id 'atlantis'");
        assertError(get("/api/export/json?ids=yingpu,atlantis,lemuria"), HttpStatus.NOT_FOUND,
                "No stakeholders with ids 'atlantis', 'lemuria'");
        assertError(get("/api/export/json?ids=yingpu&asOf=yesterday"), HttpStatus.BAD_REQUEST,
                "asOf 'yesterday' is not a date such as 2024-05-01");
        assertError(get("/api/export/json?ids=yingpu&scope=yingpu"), HttpStatus.BAD_REQUEST, "Give either scope or ids, not both");
        assertError(get("/api/export/json?ids=,"), HttpStatus.BAD_REQUEST, "ids is empty: give stakeholder ids separated by commas");
    }

    private MvcTestResult get(String uri) {
        return http.get().uri(uri).exchange();
    }

    private static void assertFile(MvcTestResult response, String contentType, String fileName) {
        assertThat(response).hasStatusOk().hasContentType(contentType);
        assertThat(response.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"" + fileName + "\"");
        assertThat(response.getResponse().getContentAsByteArray()).isNotEmpty();
    }

    private static void assertError(MvcTestResult response, HttpStatus status, String message) {
        assertThat(response).hasStatus(status).bodyJson().isEqualTo(JsonMapper.shared().writeValueAsString(
                Map.of("status", status.value(), "error", message)));
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
