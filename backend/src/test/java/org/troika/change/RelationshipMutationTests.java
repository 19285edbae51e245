package org.troika.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.TroikaTest;

@TroikaTest
class RelationshipMutationTests {

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    Neo4jClient neo4j;

    TestGraph graph;
    String firm;
    String estate;
    String committee;

    @BeforeEach
    void graph() {
        graph = new TestGraph(neo4j);
        graph.stakeholder("PropertyFirm", "firm");
        graph.stakeholder("Estate", "estate");
        graph.stakeholder("OwnersCommittee", "committee");
        firm = graph.id("firm");
        estate = graph.id("estate");
        committee = graph.id("committee");
    }

    @AfterEach
    void restore() {
        graph.remove();
    }

    @Test
    void a_service_contract_is_added_changed_and_deleted_each_time_with_a_new_revision_and_an_entry_in_its_history() {
        String id = firm + "-SERVES-" + estate;
        mutate("addRelationship", Map.of("type", "SERVES", "from", firm, "to", estate,
                "properties", Map.of("since", "2021-01-01", "until", "2023-12-31"),
                "provenance", List.of("illustrative"), "reason", "contract signed"))
                .path("addRelationship.errors").entityList(Object.class).hasSize(0)
                .path("addRelationship.relationship.id").entity(String.class).isEqualTo(id)
                .path("addRelationship.relationship.revision").entity(Integer.class).isEqualTo(1)
                .path("addRelationship.relationship.since").entity(String.class).isEqualTo("2021-01-01")
                .path("addRelationship.relationship.from.kind").entity(String.class).isEqualTo("PropertyFirm")
                .path("addRelationship.relationship.to.id").entity(String.class).isEqualTo(estate)
                .path("addRelationship.change.after").entity(String.class)
                .isEqualTo("{\"provenance\":[\"illustrative\"],\"since\":\"2021-01-01\",\"until\":\"2023-12-31\"}");

        mutate("updateRelationship", Map.of("id", id, "revision", 1, "properties", Map.of("until", "2026-12-31"),
                "provenance", List.of("illustrative", "F22"), "reason", "contract renewed"))
                .path("updateRelationship.errors").entityList(Object.class).hasSize(0)
                .path("updateRelationship.relationship.revision").entity(Integer.class).isEqualTo(2)
                .path("updateRelationship.relationship.until").entity(String.class).isEqualTo("2026-12-31")
                .path("updateRelationship.relationship.since").entity(String.class).isEqualTo("2021-01-01")
                .path("updateRelationship.change.before").entity(String.class)
                .isEqualTo("{\"provenance\":[\"illustrative\"],\"until\":\"2023-12-31\"}");

        var properties = new HashMap<String, Object>();
        properties.put("until", null);
        mutate("updateRelationship", Map.of("id", id, "revision", 2, "properties", properties, "reason", "open-ended now"))
                .path("updateRelationship.relationship.until").valueIsNull()
                .path("updateRelationship.relationship.revision").entity(Integer.class).isEqualTo(3);

        mutate("deleteRelationship", Map.of("id", id, "revision", 3, "reason", "contract ended"))
                .path("deleteRelationship.errors").entityList(Object.class).hasSize(0)
                .path("deleteRelationship.deletedId").entity(String.class).isEqualTo(id);

        assertThat(graph.count("MATCH (:PropertyFirm)-[r:SERVES]->(e:Estate) WHERE e.id CONTAINS $token RETURN count(r)")).isZero();
        graphQl.documentName("history").fragmentName("change").variable("id", id).execute()
                .path("history[*].operation").entityList(String.class).containsExactly("DELETE", "UPDATE", "UPDATE", "ADD")
                .path("history[*].version").entityList(Integer.class).containsExactly(4, 3, 2, 1)
                .path("history[*].targetKind").entityList(String.class).satisfies(values -> assertThat(values).containsOnly("SERVES"))
                .path("history[*].reason").entityList(String.class)
                .containsExactly("contract ended", "open-ended now", "contract renewed", "contract signed");
    }

    @Test
    void a_review_takes_the_year_it_began_as_since_year() {
        mutate("addRelationship", Map.of("type", "REVIEWS", "from", "xianxia-party-working-committee", "to", committee,
                "properties", Map.of("sinceYear", 2021), "provenance", List.of("F04"), "reason", "vetted"))
                .path("addRelationship.relationship.sinceYear").entity(Integer.class).isEqualTo(2021)
                .path("addRelationship.relationship.since").valueIsNull();

        assertThat(graph.count("MATCH ()-[r:REVIEWS]->(c) WHERE c.id CONTAINS $token AND r.since = 2021 RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void nine_stars_an_end_before_the_start_and_a_property_the_type_does_not_take_are_invalid_values() {
        String before = graph.fingerprint();

        assertThat(errors(Map.of("type", "EVALUATES", "from", "xianxia-evaluation-system", "to", committee,
                "properties", Map.of("stars", 9, "year", 2022), "provenance", List.of("F11"), "reason", "rated")))
                .containsExactly(new MutationError(MutationErrorCode.INVALID_VALUE,
                        "stars is 9, but a rating has 1 to 5 stars", "properties.stars"));
        assertThat(errors(Map.of("type", "SERVES", "from", firm, "to", estate,
                "properties", Map.of("since", "2024-01-01", "until", "2023-12-31"), "provenance", List.of("illustrative"),
                "reason", "contract")))
                .containsExactly(new MutationError(MutationErrorCode.INVALID_VALUE,
                        "until (2023-12-31) is before since (2024-01-01)", "properties.until"));
        assertThat(errors(Map.of("type", "REPRESENTS", "from", committee, "to", estate,
                "properties", Map.of("stars", 3), "provenance", List.of("illustrative"), "reason", "represents")))
                .containsExactly(new MutationError(MutationErrorCode.INVALID_VALUE,
                        "REPRESENTS takes no properties", "properties.stars"));
        assertThat(graph.fingerprint()).isEqualTo(before);
    }

    @Test
    void an_unknown_type_is_an_invalid_value_and_unknown_ends_are_unknown_ids() {
        String before = graph.fingerprint();

        var errors = errors(Map.of("type", "FRIENDS_WITH", "from", "atlantis", "to", "lemuria",
                "provenance", List.of("illustrative"), "reason", "a test"));

        assertThat(errors).extracting(MutationError::code, MutationError::field).containsExactly(
                tuple(MutationErrorCode.INVALID_VALUE, "type"),
                tuple(MutationErrorCode.UNKNOWN_ID, "from"),
                tuple(MutationErrorCode.UNKNOWN_ID, "to"));
        assertThat(errors.getFirst().message()).startsWith("'FRIENDS_WITH' is not a relationship type of the model; "
                + "the types are APPLIES_TO, ASSIGNED_TO, CONVENES");
        assertThat(errors.get(1).message()).isEqualTo("No stakeholder has the id 'atlantis'");
        assertThat(graph.fingerprint()).isEqualTo(before);
    }

    @Test
    void a_type_between_kinds_it_does_not_join_breaks_a_constraint() {
        assertThat(errors(Map.of("type", "SERVES", "from", estate, "to", firm,
                "provenance", List.of("illustrative"), "reason", "the wrong way round")))
                .containsExactly(new MutationError(MutationErrorCode.CONSTRAINT,
                        "SERVES goes from PropertyFirm to Estate; not from Estate to PropertyFirm", "type"));
    }

    @Test
    void a_relationship_that_exists_is_a_duplicate() {
        Map<String, Object> input = Map.of("type", "REPRESENTS", "from", committee, "to", estate,
                "provenance", List.of("illustrative"), "reason", "represents");
        mutate("addRelationship", input).path("addRelationship.errors").entityList(Object.class).hasSize(0);
        String before = graph.fingerprint();

        assertThat(errors(input)).containsExactly(new MutationError(MutationErrorCode.DUPLICATE,
                committee + "-REPRESENTS-" + estate + " exists already; change it with updateRelationship", null));
        assertThat(graph.fingerprint()).isEqualTo(before);
    }

    @Test
    void a_stale_revision_is_a_conflict_and_an_unknown_relationship_an_unknown_id() {
        String id = committee + "-REPRESENTS-" + estate;
        mutate("addRelationship", Map.of("type", "REPRESENTS", "from", committee, "to", estate,
                "provenance", List.of("illustrative"), "reason", "represents"));
        String before = graph.fingerprint();

        mutate("deleteRelationship", Map.of("id", id, "revision", 0, "reason", "a test"))
                .path("deleteRelationship.errors[0]").entity(MutationError.class).isEqualTo(new MutationError(
                        MutationErrorCode.VERSION_CONFLICT, id + " is at revision 1, not 0: it was changed since you read it. "
                        + "Read it again, then delete that revision", "revision"));
        mutate("deleteRelationship", Map.of("id", estate + "-REPRESENTS-" + committee, "revision", 0, "reason", "a test"))
                .path("deleteRelationship.errors[0].code").entity(String.class).isEqualTo("UNKNOWN_ID");
        mutate("updateRelationship", Map.of("id", "not a relationship", "revision", 0, "reason", "a test"))
                .path("updateRelationship.errors[0].code").entity(String.class).isEqualTo("INVALID_VALUE");
        assertThat(graph.fingerprint()).isEqualTo(before);
    }

    @Test
    void every_relationship_of_the_seed_joins_kinds_its_type_joins_and_has_only_properties_it_takes() {
        var rows = neo4j.query("""
                        MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
                        RETURN DISTINCT type(r) AS type, a.kind AS from, b.kind AS to, keys(r) AS properties""")
                .fetch().all();

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            var type = RelationshipType.of((String) row.get("type"));
            assertThat(type).as("type %s", row.get("type")).isPresent();
            assertThat(type.get().joins((String) row.get("from"), (String) row.get("to"))).as("%s", row).isTrue();
            @SuppressWarnings("unchecked")
            var properties = ((List<String>) row.get("properties")).stream()
                    .filter(property -> !List.of("id", "provenance", "revision").contains(property))
                    .map(type.get()::field)
                    .toList();
            assertThat(type.get().properties()).as("%s", row).containsAll(properties);
        });
    }

    private GraphQlTester.Response mutate(String document, Map<String, Object> input) {
        return graphQl.documentName(document).fragmentName("change").variable("input", input).execute();
    }

    private List<MutationError> errors(Map<String, Object> input) {
        return mutate("addRelationship", input).path("addRelationship.relationship").valueIsNull()
                .path("addRelationship.errors").entityList(MutationError.class).get();
    }
}
