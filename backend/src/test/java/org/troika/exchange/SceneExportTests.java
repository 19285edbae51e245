package org.troika.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.troika.GraphFingerprint;
import org.troika.TroikaTest;
import org.troika.base.NotFoundException;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphService;
import org.troika.graph.Subgraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TroikaTest
class SceneExportTests {

    static final List<String> SCENE = List.of("yingpu-estate-003", "yingpu-firm-07", "yingpu-oc-003", "yingpu-oa-003",
            "yingpu-chengbei", "yingpu-joint-meeting-003", "yingpu-elevator-03");

    @Autowired
    SceneExport exports;

    @Autowired
    GraphService graphs;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_scene_exports_exactly_its_stakeholders_and_the_relationships_among_them_with_all_their_properties() {
        for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2019, 1, 1)}) {
            Subgraph scene = graphs.subgraph(SCENE, asOf);
            Export export = exports.scene(ExportFormat.JSON, SCENE, asOf);
            JsonNode json = JsonMapper.shared().readTree(export.content());

            assertThat(export.fileName()).isEqualTo("troika-scene.json");
            assertThat(texts(json.get("nodes"), "id")).containsExactlyInAnyOrderElementsOf(SCENE);
            assertThat(texts(json.get("relationships"), "id"))
                    .containsExactlyInAnyOrderElementsOf(scene.links().stream().map(GraphLink::id).toList());
        }
        JsonNode estate = node(JsonMapper.shared().readTree(exports.scene(ExportFormat.JSON, SCENE, null).content()), "yingpu-estate-003");
        assertThat(estate.at("/labels/0").asString()).isEqualTo("Estate");
        List<String> stored = neo4j.query("MATCH (n:Stakeholder {id: 'yingpu-estate-003'}) UNWIND keys(n) AS key RETURN key")
                .fetchAs(String.class).all().stream().toList();
        assertThat(propertyNames(estate.get("properties"))).containsExactlyInAnyOrderElementsOf(stored).contains("old", "provenance");
    }

    @Test
    void a_scene_as_drawn_exports_only_the_relationships_it_draws() {
        Subgraph drawn = graphs.subgraph(SCENE, null);
        Subgraph fewer = new Subgraph(drawn.nodes(), drawn.links().subList(0, 2), false);

        JsonNode json = JsonMapper.shared().readTree(exports.scene(ExportFormat.JSON, fewer).content());

        assertThat(texts(json.get("nodes"), "id")).containsExactlyInAnyOrderElementsOf(SCENE);
        assertThat(texts(json.get("relationships"), "id")).containsExactlyInAnyOrderElementsOf(
                fewer.links().stream().map(GraphLink::id).toList());
    }

    @Test
    void a_district_exports_as_a_scope_and_an_unknown_scope_or_id_is_not_found() {
        Export qingpu = exports.scope(ExportFormat.GRAPHML, "qingpu");
        assertThat(qingpu.fileName()).isEqualTo("troika-qingpu.graphml");
        assertThat(new String(qingpu.content(), StandardCharsets.UTF_8)).contains("yingpu-estate-003");

        assertThatThrownBy(() -> exports.scope(ExportFormat.JSON, "atlantis"))
                .isInstanceOf(NotFoundException.class).hasMessage("No scope with id 'atlantis'");
        assertThatThrownBy(() -> exports.scene(ExportFormat.JSON, List.of("yingpu", "atlantis"), null))
                .isInstanceOf(NotFoundException.class).hasMessage("No stakeholder with id 'atlantis'");
    }

    @Test
    void the_cypher_export_of_a_scene_recreates_it_after_its_stakeholders_are_gone() {
        String before = GraphFingerprint.of(neo4j);
        ExportGraph original = exports.read(SCENE, null, false);
        String script = new String(exports.scene(ExportFormat.CYPHER, SCENE, null).content(), StandardCharsets.UTF_8);
        List<String> statements = script.lines().filter(line -> !line.startsWith("//") && !line.isBlank()).toList();
        assertThat(statements).hasSize(original.nodes().size() + original.relationships().size())
                .allSatisfy(statement -> assertThat(statement).endsWith(";").doesNotContain("$"));

        AtomicReference<ExportGraph> recreated = new AtomicReference<>();
        AtomicReference<Long> emptied = new AtomicReference<>();
        var template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            neo4j.query("MATCH (n:Stakeholder) WHERE n.id IN $ids DETACH DELETE n").bind(SCENE).to("ids").run();
            emptied.set(neo4j.query("MATCH (n:Stakeholder) WHERE n.id IN $ids RETURN count(n)").bind(SCENE).to("ids")
                    .fetchAs(Long.class).one().orElseThrow());
            for (String statement : statements) {
                neo4j.query(statement.substring(0, statement.length() - 1)).run();
            }
            recreated.set(exports.read(SCENE, null, false));
            status.setRollbackOnly();
        });

        assertThat(emptied.get()).isZero();
        assertThat(original.nodes()).hasSize(SCENE.size());
        assertThat(original.relationships()).hasSizeGreaterThan(5);
        assertThat(recreated.get().nodes()).isEqualTo(original.nodes());
        assertThat(recreated.get().relationships()).isEqualTo(original.relationships());
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    @Test
    void the_csv_export_of_the_whole_graph_reads_back_to_every_stakeholder_with_its_properties() throws Exception {
        ExportGraph original = exports.read(null, null, false);
        Map<String, String> files = ExportWritersTests.unzip(exports.graph(ExportFormat.CSV).content());

        List<Map<String, Object>> stakeholders = ExportWritersTests.readAdminCsv(files.get("stakeholders.csv"));
        assertThat(stakeholders).hasSize(original.nodes().size());
        for (int i = 0; i < stakeholders.size(); i++) {
            Map<String, Object> row = stakeholders.get(i);
            ExportGraph.Node node = original.nodes().get(i);
            assertThat(row.remove("labels")).isEqualTo(node.labels());
            // an empty list is an empty cell, which neo4j-admin reads as no property
            assertThat(row).isEqualTo(withoutEmptyLists(node.properties()));
        }
        assertThat(ExportWritersTests.readAdminCsv(files.get("relationships.csv"))).hasSize(original.relationships().size());
    }

    private static Map<String, Object> withoutEmptyLists(Map<String, Object> properties) {
        var kept = new java.util.HashMap<>(properties);
        kept.values().removeIf(value -> value instanceof List<?> list && list.isEmpty());
        return kept;
    }

    static JsonNode node(JsonNode json, String id) {
        for (JsonNode node : json.get("nodes")) {
            if (node.get("id").asString().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id);
    }

    static List<String> propertyNames(JsonNode properties) {
        return properties.propertyNames().stream().toList();
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asString()));
        return values;
    }
}
