package org.troika.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.access.AccessDeniedException;
import org.troika.TestUsers;
import org.troika.TroikaTest;
import org.troika.base.NotFoundException;
import org.troika.fact.FactCheck;
import org.troika.fact.FactCheckService;
import org.troika.graph.GraphService;
import org.troika.search.SearchResult;
import org.troika.search.SearchService;

@TroikaTest
class SavedScenesTests {

    static final String ADDRESS = "scope=yingpu&expand=yingpu-estate-003,yingpu-firm-07&layout=radial";

    @Autowired
    SavedScenes scenes;

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    SearchService search;

    @Autowired
    FactCheckService factChecks;

    @Autowired
    GraphService graphs;

    final List<String> saved = new ArrayList<>();

    @AfterEach
    void removeTheScenesSaved() {
        neo4j.query("MATCH (s:SavedScene) WHERE s.id IN $ids DETACH DELETE s").bind(saved).to("ids").run();
    }

    @Test
    void a_scene_is_saved_listed_found_and_deleted() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        SavedScene scene = keep(scenes.save("  盈浦城北 三驾马车 ", ADDRESS, "王小明"));
        SavedScene newer = keep(scenes.save("Yingpu firms", "scope=yingpu", null));

        assertThat(scene.name()).isEqualTo("盈浦城北 三驾马车");
        assertThat(scene.address()).isEqualTo(ADDRESS);
        assertThat(scene.createdBy()).isEqualTo("王小明");
        assertThat(newer.createdBy()).isEqualTo("anonymous");
        assertThat(scene.createdAt()).isAfter(before).isBefore(OffsetDateTime.now().plusSeconds(1));
        assertThat(scenes.find(scene.id())).contains(scene);
        assertThat(scenes.list()).containsSubsequence(newer, scene);

        assertThatThrownBy(() -> scenes.delete(scene.id(), "李雷", false))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("王小明");
        scenes.delete(scene.id(), "王小明", false);

        assertThat(scenes.find(scene.id())).isEmpty();
        assertThat(scenes.list()).doesNotContain(scene).contains(newer);
        assertThatThrownBy(() -> scenes.delete(scene.id(), "王小明", true))
                .isInstanceOf(NotFoundException.class).hasMessage("No saved scene with id '" + scene.id() + "'");
    }

    @Test
    void a_name_and_an_address_out_of_bounds_are_refused_naming_the_problem() {
        assertThatThrownBy(() -> scenes.save(" ", ADDRESS, null)).hasMessage("A saved scene needs a name");
        assertThatThrownBy(() -> scenes.save("名".repeat(101), ADDRESS, null))
                .hasMessage("A saved scene's name is at most 100 characters, was 101");
        assertThatThrownBy(() -> scenes.save("scene", "", null)).hasMessage("A saved scene needs an address");
        assertThatThrownBy(() -> scenes.save("scene", "x".repeat(4_001), null))
                .hasMessage("A saved scene's address is at most 4000 characters, was 4001");

        keep(scenes.save("名".repeat(100), "x".repeat(4_000), null));
        assertThat(neo4j.query("MATCH (s:SavedScene) WHERE s.id IN $ids RETURN count(s)").bind(saved).to("ids")
                .fetchAs(Long.class).one()).contains(1L);
    }

    @Test
    void scenes_are_saved_listed_and_deleted_through_graphql() {
        var response = graphQl.documentName("savedScenes").operationName("saveScene")
                .variable("name", "仙霞 业委会").variable("address", ADDRESS).execute();
        String id = response.path("saveScene.id").entity(String.class).get();
        saved.add(id);
        response.path("saveScene.createdBy").entity(String.class).isEqualTo(TestUsers.STAFF)
                .path("saveScene.address").entity(String.class).isEqualTo(ADDRESS);

        assertThat(graphQl.documentName("savedScenes").operationName("savedScenes").execute()
                .path("savedScenes[*].id").entityList(String.class).get()).contains(id);

        graphQl.documentName("savedScenes").operationName("deleteScene").variable("id", id).execute()
                .path("deleteScene").entity(String.class).isEqualTo(id);
        graphQl.documentName("savedScenes").operationName("deleteScene").variable("id", id).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("No saved scene with id '" + id + "'");
                    assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
                }));
        graphQl.documentName("savedScenes").operationName("saveScene").variable("name", "").variable("address", ADDRESS).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("A saved scene needs a name");
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                }));
    }

    @Test
    void a_saved_scene_is_no_stakeholder_to_counts_search_subgraphs_or_the_fact_check() {
        long stakeholders = count("MATCH (n:Stakeholder) RETURN count(n)");
        List<FactCheck> checks = factChecks.checkAll();
        // named like a sub-district, so that a search for it would find the scene if it were searchable
        SavedScene scene = keep(scenes.save("仙霞新村街道", ADDRESS, null));

        assertThat(count("MATCH (n:Stakeholder) RETURN count(n)")).isEqualTo(stakeholders);
        assertThat(count("MATCH (n:SavedScene:Stakeholder) RETURN count(n)")).isZero();
        assertThat(search.search("仙霞新村街道", null, 100)).extracting(SearchResult::id).doesNotContain(scene.id()).contains("xianxia");
        assertThat(factChecks.checkAll()).isEqualTo(checks).allSatisfy(check -> assertThat(check.holds()).isTrue());
        assertThatThrownBy(() -> graphs.subgraph(List.of(scene.id()), null)).isInstanceOf(NotFoundException.class);
        graphQl.document("query ($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } } }").variable("ids", List.of(scene.id()))
                .execute().errors().satisfy(errors -> assertThat(errors).hasSize(1));
    }

    private SavedScene keep(SavedScene scene) {
        saved.add(scene.id());
        return scene;
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
