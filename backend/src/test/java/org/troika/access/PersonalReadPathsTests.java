package org.troika.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.TestPerson.ALIAS;
import static org.troika.TestPerson.COMMITTEE;
import static org.troika.TestPerson.ID;
import static org.troika.TestPerson.NAME;
import static org.troika.TestPerson.NAME_EN;
import static org.troika.TestPerson.PHONE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.troika.SignedIn;
import org.troika.TestPerson;
import org.troika.TroikaTest;
import org.troika.graph.GraphNode;
import org.troika.graph.GraphService;
import org.troika.search.SearchKeys;
import org.troika.search.SearchResult;
import org.troika.search.SearchService;
import tools.jackson.databind.json.JsonMapper;

/** Every read path serves a person's names and phone masked below staff, and as they are to staff. */
@TroikaTest
class PersonalReadPathsTests {

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    WebApplicationContext context;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    SearchKeys searchKeys;

    @Autowired
    GraphService graphs;

    @Autowired
    SearchService search;

    @BeforeEach
    void person() {
        TestPerson.add(neo4j, searchKeys);
    }

    @AfterEach
    void removePerson() {
        SignedIn.nobody();
        TestPerson.remove(neo4j);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ANONYMOUS", "RESEARCHER"})
    void below_staff_node_and_nodes_serve_the_person_masked(Role role) {
        SignedIn.as(role);
        run("personNode", Map.of("id", ID))
                .path("node.name").entity(String.class).isEqualTo("潘**")
                .path("node.nameEn").entity(String.class).isEqualTo("P***")
                .path("node.aliases").entityList(String.class).containsExactly("小***")
                .path("node.phone").entity(String.class).isEqualTo("138****1234")
                .path("node.partyMember").entity(Boolean.class).isEqualTo(true)
                .path("nodes[0].name").entity(String.class).isEqualTo("潘**");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "ADMIN"})
    void staff_see_the_person_as_stored(Role role) {
        SignedIn.as(role);
        run("personNode", Map.of("id", ID))
                .path("node.name").entity(String.class).isEqualTo(NAME)
                .path("node.nameEn").entity(String.class).isEqualTo(NAME_EN)
                .path("node.aliases").entityList(String.class).containsExactly(ALIAS)
                .path("node.phone").entity(String.class).isEqualTo(PHONE);
    }

    @Test
    void list_queries_and_a_committees_members_are_masked_below_staff() {
        SignedIn.as(Role.RESEARCHER);
        run("personList", Map.of("id", ID))
                .path("people.nodes[0].name").entity(String.class).isEqualTo("潘**")
                .path("people.nodes[0].phone").entity(String.class).isEqualTo("138****1234");
        String members = run("personCommittee", Map.of("committee", COMMITTEE))
                .path("ownersCommittees.nodes[0].members[*].person").entityList(Map.class).get().toString();
        assertThat(members).contains("潘**", "138****1234").doesNotContain(NAME, NAME_EN, PHONE);

        SignedIn.as(Role.STAFF);
        run("personList", Map.of("id", ID)).path("people.nodes[0].phone").entity(String.class).isEqualTo(PHONE);
        assertThat(run("personCommittee", Map.of("committee", COMMITTEE))
                .path("ownersCommittees.nodes[0].members[*].person").entityList(Map.class).get().toString()).contains(NAME, PHONE);
    }

    @Test
    void filtering_or_sorting_people_by_a_personal_field_is_forbidden_below_staff() {
        SignedIn.as(Role.RESEARCHER);
        graphQl.documentName("peopleByName").variable("name", "潘小").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(error.getMessage()).contains("nameContains", "STAFF");
                }));
        graphQl.documentName("peopleByPhone").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("Sorting people by phone")));

        SignedIn.as(Role.STAFF);
        run("peopleByName", Map.of("name", "潘小")).path("people.nodes[*].id").entityList(String.class).containsExactly(ID);
    }

    @Test
    void below_staff_a_search_never_finds_a_person_by_name_and_staff_find_them() {
        for (String query : List.of(NAME, NAME_EN, ALIAS, "panxiaoming", "pxm")) {
            SignedIn.as(Role.RESEARCHER);
            assertThat(search.search(query, null, 100)).extracting(SearchResult::id).doesNotContain(ID);
            SignedIn.as(Role.STAFF);
            assertThat(search.search(query, null, 100)).extracting(SearchResult::id).as(query).contains(ID);
        }
        SignedIn.as(Role.ANONYMOUS);
        run("personSearch", Map.of("query", NAME)).path("search[*].node.id").entityList(String.class).doesNotContain(ID);
        SignedIn.as(Role.STAFF);
        run("personSearch", Map.of("query", NAME)).path("search[0].node.name").entity(String.class).isEqualTo(NAME);
    }

    @Test
    void neighbourhood_paths_and_subgraph_serve_the_person_masked_below_staff() {
        SignedIn.as(Role.ANONYMOUS);
        String around = run("personNeighbourhood", Map.of("committee", COMMITTEE)).path("neighbourhood.nodes")
                .entityList(Map.class).get().toString();
        String paths = run("personPaths", Map.of("from", ID, "to", COMMITTEE)).path("shortestPaths[0].nodes")
                .entityList(Map.class).get().toString();
        String subgraph = run("personSubgraph", Map.of("ids", List.of(ID, COMMITTEE))).path("subgraph.nodes")
                .entityList(Map.class).get().toString();
        assertThat(List.of(around, paths, subgraph)).allSatisfy(text ->
                assertThat(text).contains("潘**").doesNotContain(NAME, NAME_EN, PHONE));

        SignedIn.as(Role.STAFF);
        assertThat(run("personSubgraph", Map.of("ids", List.of(ID, COMMITTEE))).path("subgraph.nodes")
                .entityList(Map.class).get().toString()).contains(NAME, NAME_EN);
    }

    @Test
    void network_measures_name_the_person_masked_below_staff() {
        SignedIn.as(Role.RESEARCHER);
        String measured = run("personMeasures", Map.of()).path("measures.nodes[*].stakeholder").entityList(Map.class)
                .get().toString();
        assertThat(measured).contains(ID, "潘**", "138****1234").doesNotContain(NAME, NAME_EN, PHONE);
        SignedIn.as(Role.STAFF);
        assertThat(run("personMeasures", Map.of()).path("measures.nodes[*].stakeholder").entityList(Map.class)
                .get().toString()).contains(NAME, PHONE);
    }

    @Test
    void the_canvas_draws_the_person_with_masked_labels_below_staff() {
        SignedIn.as(Role.RESEARCHER);
        GraphNode drawn = graphs.subgraph(List.of(ID), null).nodes().getFirst();
        assertThat(drawn.name()).isEqualTo("潘**");
        assertThat(drawn.nameEn()).isEqualTo("P***");
        SignedIn.as(Role.STAFF);
        assertThat(graphs.subgraph(List.of(ID), null).nodes().getFirst().name()).isEqualTo(NAME);
    }

    @Test
    void the_history_of_a_person_shows_the_changed_names_and_phone_masked_below_staff() {
        SignedIn.as(Role.STAFF);
        run("personUpdate", Map.of("input", Map.of("id", ID, "version", 0, "name", "潘大明", "phone", "13987654321",
                "reason", "corrected: 潘大明, not " + NAME)))
                .path("updatePerson.errors").entityList(Object.class).hasSize(0)
                .path("updatePerson.stakeholder.phone").entity(String.class).isEqualTo("13987654321");
        run("personHistory", Map.of("id", ID)).path("history[0].before").entity(String.class)
                .satisfies(before -> assertThat(before).contains(NAME, PHONE));

        SignedIn.as(Role.RESEARCHER);
        run("personHistory", Map.of("id", ID))
                .path("history[0].operation").entity(String.class).isEqualTo("UPDATE")
                .path("history[0].before").entity(String.class)
                .isEqualTo("{\"name\":\"潘**\",\"phone\":\"138****1234\"}")
                .path("history[0].after").entity(String.class)
                .isEqualTo("{\"name\":\"潘**\",\"phone\":\"139****4321\"}")
                .path("history[0].reason").entity(String.class).isEqualTo("corrected: 潘**, not 潘**");
    }

    @Test
    void a_phone_that_is_not_a_phone_number_is_refused() {
        SignedIn.as(Role.STAFF);
        run("personUpdate", Map.of("input", Map.of("id", ID, "version", 0, "phone", "555-CALL-ME", "reason", "typo")))
                .path("updatePerson.errors[0].code").entity(String.class).isEqualTo("INVALID_VALUE")
                .path("updatePerson.errors[0].field").entity(String.class).isEqualTo("phone");
    }

    @Test
    void over_http_the_role_of_the_request_decides_what_the_endpoint_serves() throws Exception {
        var http = MockMvcTester.from(context);
        String body = JsonMapper.shared().writeValueAsString(Map.of("query",
                "{ node(id: \"" + ID + "\") { name ... on Person { phone } } }"));
        SignedIn.as(Role.RESEARCHER);
        assertThat(http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).content(body).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("潘**", "138****1234").doesNotContain(NAME, PHONE);
        SignedIn.as(Role.STAFF);
        assertThat(http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).content(body).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(NAME, PHONE);
    }

    private GraphQlTester.Response run(String operation, Map<String, Object> variables) {
        var request = graphQl.documentName(operation);
        variables.forEach(request::variable);
        return request.execute();
    }
}
