package org.troika.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.TroikaTest;

/** A stakeholder added or renamed through the API is found by search under its names at once, pinyin included. */
@TroikaTest
class SearchAfterChangeTests {

    static final String ID = "test-search-after-change";

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    Neo4jClient neo4j;

    @AfterEach
    void removeTheEstate() {
        neo4j.query("MATCH (n {id: $id}) DETACH DELETE n").bind(ID).to("id").run();
        neo4j.query("MATCH (c:Change {targetId: $id}) DETACH DELETE c").bind(ID).to("id").run();
    }

    @Test
    void an_added_estate_is_found_by_its_name_and_pinyin_and_a_renamed_one_by_its_new_name() {
        graphQl.documentName("addEstate").fragmentName("change").variable("input", Map.of("id", ID, "name", "示意小区 翠竹苑",
                        "nameEn", "Illustrative estate Cuizhuyuan", "provenance", List.of("illustrative"), "reason", "test"))
                .execute().path("addEstate.errors").entityList(Object.class).hasSize(0);

        assertThat(found("翠竹苑")).contains(ID);
        assertThat(found("cuizhuyuan")).contains(ID);

        graphQl.document("""
                mutation { updateEstate(input: {id: "%s", version: 1, name: "示意小区 银杏苑", reason: "renamed"}) {
                  errors { code } } }""".formatted(ID))
                .execute().path("updateEstate.errors").entityList(Object.class).hasSize(0);

        assertThat(found("银杏苑")).contains(ID);
        assertThat(found("翠竹苑")).doesNotContain(ID);
    }

    private List<String> found(String query) {
        return graphQl.documentName("search").variable("query", query).variable("first", 20).execute()
                .path("search[*].node.id").entityList(String.class).get();
    }
}
