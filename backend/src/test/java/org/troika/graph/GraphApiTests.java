package org.troika.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.TroikaTest;

@TroikaTest
class GraphApiTests {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void one_ring_around_an_estate_holds_its_three_carriages() {
        var response = graphQl.documentName("neighbourhood").variable("id", "yingpu-estate-003").execute();

        List<String> kinds = response.path("neighbourhood.nodes[*].kind").entityList(String.class).get();
        assertThat(kinds).contains("Estate", "PropertyFirm", "OwnersCommittee", "OwnersAssembly", "JointMeeting");
        response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
        List<String> ids = response.path("neighbourhood.nodes[*].id").entityList(String.class).get();
        assertThat(response.path("neighbourhood.relationships").entityList(Map.class).get())
                .isNotEmpty()
                .allSatisfy(link -> assertThat(ids).contains((String) link.get("source"), (String) link.get("target")));
    }

    @Test
    void a_capped_neighbourhood_is_truncated_at_its_limit() {
        var response = graphQl.documentName("neighbourhood")
                .variable("id", "yingpu").variable("depth", 2).variable("limit", 30).execute();

        response.path("neighbourhood.nodes").entityList(Object.class).hasSize(30);
        response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void a_neighbourhood_may_ask_for_its_own_cap_of_2500_but_not_more() {
        graphQl.documentName("neighbourhood").variable("id", "yingpu").variable("depth", 2).variable("limit", 2_500)
                .execute().path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);

        graphQl.documentName("neighbourhood").variable("id", "yingpu").variable("limit", 2_501).execute()
                .errors().expect(error -> error.getMessage().contains("limit must be between 1 and 2500, was 2501"));
    }

    @Test
    void the_neighbourhood_filters_by_relationship_type_and_kind() {
        var response = graphQl.documentName("neighbourhood").variable("id", "yingpu-estate-003")
                .variable("types", List.of("SERVES")).execute();
        assertThat(response.path("neighbourhood.relationships[*].type").entityList(String.class).get())
                .isNotEmpty().containsOnly("SERVES");

        var committees = graphQl.documentName("neighbourhood").variable("id", "yingpu-estate-003")
                .variable("kinds", List.of("OwnersCommittee")).execute();
        assertThat(committees.path("neighbourhood.nodes[*].kind").entityList(String.class).get())
                .containsOnly("Estate", "OwnersCommittee");
    }

    @Test
    void relationships_outside_their_validity_are_left_out_as_of_a_date() {
        int now = graphQl.documentName("neighbourhood").variable("id", "yingpu-estate-003")
                .variable("types", List.of("SERVES")).execute()
                .path("neighbourhood.relationships").entityList(Object.class).get().size();
        int longAgo = graphQl.documentName("neighbourhood").variable("id", "yingpu-estate-003")
                .variable("types", List.of("SERVES")).variable("asOf", "1990-01-01").execute()
                .path("neighbourhood.relationships").entityList(Object.class).get().size();

        assertThat(now).isEqualTo(1);
        assertThat(longAgo).isZero();
    }

    @Test
    void the_neighbourhood_costs_one_statement_per_ring() {
        var response = graphQl.documentName("neighbourhood")
                .variable("id", "yingpu-estate-003").variable("depth", 3).variable("limit", 2500).execute();

        // the start, then one per ring
        assertThat(((Number) response.returnResponse().getExtensions().get("cypherStatements")).intValue()).isLessThanOrEqualTo(4);
    }

    @Test
    void the_shortest_path_from_a_stakeholder_to_itself_is_the_stakeholder_alone() {
        var response = graphQl.documentName("shortestPaths")
                .variable("from", "yingpu-foundation").variable("to", "yingpu-foundation").execute();

        response.path("shortestPaths[*].length").entityList(Integer.class).containsExactly(0);
        response.path("shortestPaths[0].nodes[*].id").entityList(String.class).containsExactly("yingpu-foundation");
        response.path("shortestPaths[0].relationships").entityList(Object.class).hasSize(0);
    }

    @Test
    void a_shortest_path_links_an_incubated_studio_to_its_sub_district_party_committee() {
        var response = graphQl.documentName("shortestPaths")
                .variable("from", "yingpu-wang-legal-studio").variable("to", "yingpu-party-working-committee").execute();

        List<Integer> lengths = response.path("shortestPaths[*].length").entityList(Integer.class).get();
        assertThat(lengths).isNotEmpty().allSatisfy(length -> assertThat(length).isEqualTo(lengths.getFirst()));
        response.path("shortestPaths[0].nodes[0].id").entity(String.class).isEqualTo("yingpu-wang-legal-studio");
        assertThat(response.path("shortestPaths[0].nodes[*].id").entityList(String.class).get())
                .last().isEqualTo("yingpu-party-working-committee");
    }

    @Test
    void paths_between_kinds_link_firms_to_party_organisations_in_a_scope() {
        var response = graphQl.documentName("pathsBetweenKinds").variable("fromKind", "PropertyFirm")
                .variable("toKind", "PartyOrganisation").variable("scopeId", "yingpu").execute();

        List<Map<String, Object>> paths = response.path("pathsBetweenKinds").entityList(typeOfMap()).get();
        assertThat(paths).hasSize(10).allSatisfy(path -> {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) path.get("nodes");
            assertThat(nodes.getFirst().get("kind")).isEqualTo("PropertyFirm");
            assertThat((String) nodes.getLast().get("kind")).endsWith("PartyOrganisation")
                    .isIn("ResidentialPartyOrganisation", "PartyWorkingCommittee", "TemporaryPartyOrganisation", "PartyWorkGroup");
        });
    }

    @Test
    void out_of_range_arguments_and_unknown_ids_get_clear_errors() {
        graphQl.documentName("neighbourhood").variable("id", "yingpu").variable("depth", 9).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("depth must be between 1 and 4, was 9")));
        graphQl.documentName("shortestPaths").variable("from", "atlantis").variable("to", "yingpu").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("No stakeholder with id 'atlantis'")));
        graphQl.documentName("pathsBetweenKinds").variable("fromKind", "Castle")
                .variable("toKind", "PartyOrganisation").variable("scopeId", "yingpu").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).startsWith("Unknown kind 'Castle'")));
    }

    @Test
    void a_subgraph_by_ids_serves_those_stakeholders_and_the_relationships_among_them_with_their_properties() {
        var response = graphQl.documentName("subgraph").variable("ids", GraphServiceTests.SCENE).execute();

        assertThat(response.path("subgraph.nodes[*].id").entityList(String.class).get())
                .containsExactlyInAnyOrderElementsOf(GraphServiceTests.SCENE);
        List<Map<String, Object>> links = response.path("subgraph.relationships").entityList(typeOfMap()).get();
        assertThat(links).filteredOn(link -> link.get("type").equals("SERVES")).singleElement()
                .satisfies(link -> assertThat((List<Map<String, String>>) link.get("properties"))
                        .contains(Map.of("name", "since", "value", "2020-04-08"), Map.of("name", "until", "value", "2023-04-07")));

        var before = graphQl.documentName("subgraph").variable("ids", GraphServiceTests.SCENE)
                .variable("asOf", "2019-01-01").execute();
        assertThat(before.path("subgraph.relationships[*].type").entityList(String.class).get())
                .isNotEmpty().doesNotContain("SERVES");
    }

    @Test
    void a_subgraph_of_unknown_ids_is_not_found_naming_them() {
        graphQl.documentName("subgraph").variable("ids", List.of("yingpu", "atlantis")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("No stakeholder with id 'atlantis'");
                    assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
                }));
    }

    @Test
    void the_measures_of_a_scope_name_its_brokers() {
        var response = graphQl.documentName("measuresOfYingpu").execute();

        response.path("measures.nodeCount").entity(Integer.class).satisfies(count -> assertThat(count).isGreaterThan(300));
        List<Map<String, Object>> brokers = response.path("measures.brokers").entityList(typeOfMap()).get();
        assertThat(brokers).isNotEmpty().allSatisfy(broker -> {
            assertThat(((Map<?, ?>) broker.get("stakeholder")).get("id")).isNotNull();
            assertThat(((Number) broker.get("degree")).intValue()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void measures_as_of_a_date_count_only_the_relationships_valid_then() {
        String document = "query ($asOf: Date) { measures(scopeId: \"yingpu\", asOf: $asOf) { nodeCount edgeCount } }";
        int now = graphQl.document(document).execute().path("measures.edgeCount").entity(Integer.class).get();
        int longAgo = graphQl.document(document).variable("asOf", "1990-01-01").execute()
                .path("measures.edgeCount").entity(Integer.class).get();

        // service contracts and committee terms had not begun in 1990; undated relationships still count
        assertThat(longAgo).isPositive().isLessThan(now);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Map<String, Object>> typeOfMap() {
        return (Class) Map.class;
    }
}
