package org.troika.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.TroikaTest;

@TroikaTest
class StakeholderApiTests {

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void a_list_query_filters_by_scope_and_property_and_counts_in_the_database() {
        graphQl.documentName("oldEstatesOfYingpu").execute()
                .path("estates.totalCount").entity(Integer.class).isEqualTo(101)
                .path("estates.edges").entityList(Map.class).hasSize(5)
                .path("estates.edges[*].node.old").entityList(Boolean.class).containsExactly(true, true, true, true, true)
                .path("estates.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("estates.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void the_end_cursor_continues_with_the_next_page() {
        var first = graphQl.documentName("oldEstatesOfYingpu").execute();
        String cursor = first.path("estates.pageInfo.endCursor").entity(String.class).get();
        List<String> firstIds = first.path("estates.edges[*].node.id").entityList(String.class).get();

        var second = graphQl.documentName("oldEstatesOfYingpu").variable("after", cursor).execute();
        List<String> secondIds = second.path("estates.edges[*].node.id").entityList(String.class).get();

        assertThat(secondIds).hasSize(5).doesNotContainAnyElementsOf(firstIds);
        assertThat(secondIds.getFirst()).isGreaterThan(firstIds.getLast());
        second.path("estates.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void lacks_finds_the_two_estates_of_military_families_without_a_committee() {
        graphQl.documentName("estatesWithoutCommittee").execute()
                .path("estates.totalCount").entity(Integer.class).isEqualTo(2)
                .path("estates.nodes[*].militaryFamilies").entityList(Boolean.class).containsExactly(true, true);
    }

    @Test
    void relationship_fields_follow_the_graph_in_both_directions() {
        var response = graphQl.documentName("estatesWithCarriages").variable("first", 10).execute();

        List<Map<String, Object>> estates = response.path("estates.nodes").entityList(typeOfMap()).get();
        assertThat(estates).hasSize(10).allSatisfy(estate -> {
            assertThat((List<?>) estate.get("propertyFirms")).hasSize(1);
            assertThat((List<?>) estate.get("ownersCommittees")).isNotEmpty();
            assertThat(((Map<?, ?>) estate.get("area")).get("kind")).isIn("ResidentsCommittee", "VillageCommittee", "PreparatoryGroup");
        });
        List<String> backToEstates = response.path("estates.nodes[0].ownersCommittees[0].estates[*].id")
                .entityList(String.class).get();
        assertThat(backToEstates).contains((String) estates.getFirst().get("id"));
    }

    @Test
    void nested_relationship_fields_cost_one_statement_per_level_whatever_the_page_size() {
        int small = statements(graphQl.documentName("estatesWithCarriages").variable("first", 2).execute());
        int large = statements(graphQl.documentName("estatesWithCarriages").variable("first", 60).execute());

        // the page, then area, propertyFirms, ownersCommittees and their estates: one statement each
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(5);
    }

    @Test
    void a_query_nested_six_levels_deep_costs_a_statement_per_level() {
        var one = graphQl.documentName("deeplyNested").variable("first", 1).execute();
        var all = graphQl.documentName("deeplyNested").variable("first", 50).execute();

        assertThat(all.path("subDistricts.nodes[*].residentsCommittees[*].estates[*].ownersCommittees[*].members[*].person.id")
                .entityList(String.class).get()).hasSizeGreaterThan(300);
        // the page, then residentsCommittees, estates, ownersCommittees, members and committees: one each
        assertThat(statements(all)).isEqualTo(statements(one)).isLessThanOrEqualTo(6);
    }

    @Test
    void edges_carry_the_relationship_properties_and_the_member() {
        var response = graphQl.documentName("committeeMembers").variable("first", 72).execute();

        response.path("ownersCommittees.totalCount").entity(Integer.class).isEqualTo(72);
        List<Boolean> partyMembers = response.path("ownersCommittees.nodes[*].members[*].person.partyMember")
                .entityList(Boolean.class).get();
        assertThat(partyMembers).hasSize(369);
        assertThat(partyMembers.stream().filter(Boolean::booleanValue)).hasSize(203);
        assertThat(response.path("ownersCommittees.nodes[*].members[*].role").entityList(String.class).get())
                .contains("director", "member");
        assertThat(statements(response)).isLessThanOrEqualTo(4);
    }

    @Test
    void node_resolves_any_id_to_its_own_type() {
        graphQl.documentName("nodeById").variable("id", "xianxia-changfu").execute()
                .path("node.__typename").entity(String.class).isEqualTo("Estate")
                .path("node.kind").entity(String.class).isEqualTo("Estate")
                .path("node.name").entity(String.class).isEqualTo("长福公寓")
                .path("node.illustrative").entity(Boolean.class).isEqualTo(false)
                .path("node.provenance").entityList(String.class).contains("F16")
                .path("node.version").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void an_unknown_id_gives_null() {
        graphQl.documentName("nodeById").variable("id", "atlantis").execute()
                .path("node").valueIsNull();
    }

    @Test
    void a_cursor_that_was_not_returned_is_refused_with_a_clear_message() {
        graphQl.documentName("badCursor").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("is not a cursor of this list")));
    }

    @Test
    void as_of_keeps_only_service_contracts_valid_on_that_date() {
        String contractStart = neo4j.query("MATCH ()-[r:SERVES]->() RETURN toString(max(r.since))")
                .fetchAs(String.class).one().orElseThrow();
        long validThen = neo4j.query("""
                MATCH (:PropertyFirm)-[r:SERVES]->(e:Estate)-[:LOCATED_IN*1..3]->(:SubDistrict {id: 'xianxia'})
                WHERE (r.since IS NULL OR r.since <= date('2000-01-01')) AND (r.until IS NULL OR r.until >= date('2000-01-01'))
                RETURN count(r)""").fetchAs(Long.class).one().orElseThrow();

        var now = graphQl.documentName("firmsAsOf").execute()
                .path("estates.nodes[*].propertyFirms[*].id").entityList(String.class).get();
        var then = graphQl.documentName("firmsAsOf").variable("asOf", "2000-01-01").execute()
                .path("estates.nodes[*].propertyFirms[*].id").entityList(String.class).get();

        assertThat(contractStart).isNotNull();
        assertThat(now).hasSize(73);
        assertThat(then).hasSize((int) validThen).hasSizeLessThan(now.size());
    }

    private static int statements(GraphQlTester.Response response) {
        return ((Number) response.returnResponse().getExtensions().get("cypherStatements")).intValue();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Map<String, Object>> typeOfMap() {
        return (Class) Map.class;
    }
}
