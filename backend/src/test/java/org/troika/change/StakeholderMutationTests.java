package org.troika.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.SignedIn;
import org.troika.TestUsers;
import org.troika.TroikaTest;
import org.troika.access.Role;

@TroikaTest
class StakeholderMutationTests {

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    Neo4jClient neo4j;

    TestGraph graph;

    @BeforeEach
    void graph() {
        graph = new TestGraph(neo4j);
    }

    @AfterEach
    void restore() {
        SignedIn.nobody();
        graph.remove();
    }

    @Test
    void an_estate_is_added_updated_and_deleted_each_time_with_a_new_version_and_an_entry_in_its_history() {
        String id = graph.id("estate");
        var added = mutate("addEstate", Map.of("id", id, "name", "示意小区 测试", "nameEn", "Illustrative test estate",
                "provenance", List.of("illustrative", "F02"), "old", true, "reason", "a test estate"));
        added.path("addEstate.errors").entityList(Object.class).hasSize(0)
                .path("addEstate.stakeholder.version").entity(Integer.class).isEqualTo(1)
                .path("addEstate.stakeholder.illustrative").entity(Boolean.class).isEqualTo(true)
                .path("addEstate.stakeholder.old").entity(Boolean.class).isEqualTo(true)
                .path("addEstate.change.operation").entity(String.class).isEqualTo("ADD")
                .path("addEstate.change.after").entity(String.class).isEqualTo(
                        "{\"name\":\"示意小区 测试\",\"nameEn\":\"Illustrative test estate\",\"old\":true,\"provenance\":[\"illustrative\",\"F02\"]}");

        var input = new HashMap<String, Object>(Map.of("id", id, "version", 1, "old", false, "militaryFamilies", true,
                "reason", "renovated"));
        input.put("nameEn", null);
        mutate("updateEstate", input)
                .path("updateEstate.errors").entityList(Object.class).hasSize(0)
                .path("updateEstate.stakeholder.version").entity(Integer.class).isEqualTo(2)
                .path("updateEstate.stakeholder.nameEn").valueIsNull()
                .path("updateEstate.stakeholder.name").entity(String.class).isEqualTo("示意小区 测试")
                .path("updateEstate.change.before").entity(String.class)
                .isEqualTo("{\"militaryFamilies\":null,\"nameEn\":\"Illustrative test estate\",\"old\":true}")
                .path("updateEstate.change.after").entity(String.class)
                .isEqualTo("{\"militaryFamilies\":true,\"nameEn\":null,\"old\":false}");

        mutate("updateEstate", Map.of("id", id, "version", 2, "old", false, "reason", "no news"))
                .path("updateEstate.errors").entityList(Object.class).hasSize(0)
                .path("updateEstate.change").valueIsNull()
                .path("updateEstate.stakeholder.version").entity(Integer.class).isEqualTo(2);

        mutate("deleteEstate", Map.of("id", id, "version", 2, "reason", "demolished"))
                .path("deleteEstate.errors").entityList(Object.class).hasSize(0)
                .path("deleteEstate.deletedId").entity(String.class).isEqualTo(id)
                .path("deleteEstate.change.version").entity(Integer.class).isEqualTo(3);
        assertThat(graph.count("MATCH (n:Stakeholder) WHERE n.id CONTAINS $token RETURN count(n)")).isZero();

        var history = graphQl.documentName("history").fragmentName("change").variable("id", id).execute();
        history.path("history[*].operation").entityList(String.class).containsExactly("DELETE", "UPDATE", "ADD")
                .path("history[*].version").entityList(Integer.class).containsExactly(3, 2, 1)
                .path("history[*].reason").entityList(String.class).containsExactly("demolished", "renovated", "a test estate")
                .path("history[*].by").entityList(String.class).satisfies(values -> assertThat(values).containsOnly(TestUsers.STAFF))
                .path("history[*].targetKind").entityList(String.class).satisfies(values -> assertThat(values).containsOnly("Estate"))
                .path("history[0].before").entity(String.class).satisfies(before -> assertThat(before)
                        .contains("\"militaryFamilies\":true", "\"old\":false", "\"provenance\":[\"illustrative\",\"F02\"]"))
                .path("history[0].after").valueIsNull();
        List<String> times = history.path("history[*].at").entityList(String.class).get();
        assertThat(times).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
        graphQl.documentName("history").fragmentName("change").variable("id", id).variable("first", 1).execute()
                .path("history[*].operation").entityList(String.class).containsExactly("DELETE");
    }

    @Test
    void without_an_id_one_is_made_from_the_kind_and_english_name_and_kept_unique() {
        Map<String, Object> input = Map.of("name", "示意业委会", "nameEn", "Illustrative committee " + graph.token,
                "provenance", List.of("illustrative"), "reason", "a test committee");

        String first = mutate("addOwnersCommittee", input).path("addOwnersCommittee.stakeholder.id").entity(String.class).get();
        String second = mutate("addOwnersCommittee", input).path("addOwnersCommittee.stakeholder.id").entity(String.class).get();

        assertThat(first).isEqualTo("owners-committee-illustrative-committee-" + graph.token);
        assertThat(second).isEqualTo(first + "-2");
    }

    @Test
    void a_party_organisation_gets_the_group_label_its_kind_shares() {
        String id = graph.id("rpo");
        mutate("addResidentialPartyOrganisation", Map.of("id", id, "name", "示意党支部", "form", "branch",
                "provenance", List.of("illustrative"), "reason", "a test branch"))
                .path("addResidentialPartyOrganisation.stakeholder.form").entity(String.class).isEqualTo("branch");

        assertThat(graph.count("MATCH (n:Stakeholder:ResidentialPartyOrganisation:PartyOrganisation) WHERE n.id CONTAINS $token RETURN count(n)"))
                .isEqualTo(1);
    }

    @Test
    void invalid_values_are_all_reported_at_once_and_nothing_is_written() {
        String before = graph.fingerprint();

        var errors = mutate("addResidentialPartyOrganisation", Map.of("id", graph.id("rpo"), "name", " ",
                "form", "cell", "aliases", List.of(""), "provenance", List.of("F05", "F99", "hearsay"), "reason", "a test"))
                .path("addResidentialPartyOrganisation.stakeholder").valueIsNull()
                .path("addResidentialPartyOrganisation.errors").entityList(MutationError.class).get();

        assertThat(errors).extracting(MutationError::code).containsOnly(MutationErrorCode.INVALID_VALUE);
        assertThat(errors).extracting(MutationError::field).containsExactlyInAnyOrder("name", "form", "aliases", "provenance");
        assertThat(errors).filteredOn(error -> error.field().equals("provenance")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("'F99', 'hearsay' are neither a fact"));
        assertThat(errors).filteredOn(error -> error.field().equals("form")).singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("form 'cell' is not one of [branch, general branch, village branch]"));
        assertThat(graph.fingerprint()).isEqualTo(before);
    }

    @Test
    void an_id_that_is_taken_is_a_duplicate() {
        String before = graph.fingerprint();

        var error = mutate("addEstate", Map.of("id", "xianxia-estate-01", "name", "示意小区", "provenance", List.of("illustrative"),
                "reason", "a test")).path("addEstate.errors[0]").entity(MutationError.class).get();

        assertThat(error.code()).isEqualTo(MutationErrorCode.DUPLICATE);
        assertThat(error.field()).isEqualTo("id");
        assertThat(error.message()).isEqualTo("The id 'xianxia-estate-01' is taken already, by the Estate 示意小区 仙霞-01");
        assertThat(graph.fingerprint()).isEqualTo(before);
    }

    @Test
    void an_unknown_id_or_one_of_another_kind_is_an_unknown_id() {
        assertThat(error("updateEstate", Map.of("id", "atlantis", "version", 0, "old", true, "reason", "a test")))
                .isEqualTo(new MutationError(MutationErrorCode.UNKNOWN_ID, "No Estate has the id 'atlantis'", "id"));
        assertThat(error("deleteEstate", Map.of("id", "xianxia-oc-01", "version", 0, "reason", "a test")))
                .isEqualTo(new MutationError(MutationErrorCode.UNKNOWN_ID,
                        "'xianxia-oc-01' is of the kind OwnersCommittee, not Estate: delete it with deleteOwnersCommittee", "id"));
    }

    @Test
    void a_stale_version_is_a_conflict_that_names_both_versions_and_changes_nothing() {
        String id = graph.id("person");
        mutate("addPerson", Map.of("id", id, "name", "示意人员", "partyMember", true, "provenance", List.of("illustrative"),
                "reason", "a test person"));
        mutate("updatePerson", Map.of("id", id, "version", 1, "name", "示意人员 甲", "reason", "first edit"));
        String before = graph.fingerprint();

        assertThat(error("updatePerson", Map.of("id", id, "version", 1, "name", "示意人员 乙", "reason", "second edit")))
                .isEqualTo(new MutationError(MutationErrorCode.VERSION_CONFLICT, id + " is at version 2, not 1: "
                        + "it was changed since you read it. Read it again, then update that version", "version"));
        assertThat(graph.fingerprint()).isEqualTo(before);
    }

    @Test
    void a_property_left_out_stays_and_one_sent_as_null_is_removed() {
        // People's names are shown as stored to staff only, who are the ones to edit people.
        SignedIn.as(Role.STAFF);
        String id = graph.id("person");
        mutate("addPerson", Map.of("id", id, "name", "示意人员", "partyMember", true, "provenance", List.of("illustrative"),
                "reason", "a test person"));

        mutate("updatePerson", Map.of("id", id, "version", 1, "aliases", List.of("老甲"), "reason", "known as"))
                .path("updatePerson.stakeholder.partyMember").entity(Boolean.class).isEqualTo(true);
        var input = new HashMap<String, Object>(Map.of("id", id, "version", 2, "reason", "not known after all"));
        input.put("partyMember", null);
        mutate("updatePerson", input)
                .path("updatePerson.stakeholder.partyMember").valueIsNull()
                .path("updatePerson.stakeholder.aliases").entityList(String.class).containsExactly("老甲");

        assertThat(graph.count("MATCH (n:Person) WHERE n.id CONTAINS $token AND n.partyMember IS NULL RETURN count(n)")).isEqualTo(1);
    }

    @Test
    void a_stakeholder_with_relationships_is_deleted_only_with_detach_and_so_are_its_relationships() {
        graph.stakeholder("Estate", "estate");
        graph.stakeholder("OwnersCommittee", "committee");
        graph.stakeholder("OwnersAssembly", "assembly");
        neo4j.query("""
                        MATCH (e:Estate {id: $estate}), (c:OwnersCommittee {id: $committee}), (a:OwnersAssembly {id: $assembly})
                        CREATE (c)-[:REPRESENTS {id: $committee + '-REPRESENTS-' + $estate, provenance: ['illustrative']}]->(e)
                        CREATE (a)-[:REPRESENTS {id: $assembly + '-REPRESENTS-' + $estate, provenance: ['illustrative']}]->(e)
                        CREATE (a)-[:ELECTS {id: $assembly + '-ELECTS-' + $committee, provenance: ['illustrative']}]->(c)""")
                .bindAll(Map.of("estate", graph.id("estate"), "committee", graph.id("committee"), "assembly", graph.id("assembly")))
                .run();
        String before = graph.fingerprint();

        assertThat(error("deleteOwnersCommittee", Map.of("id", graph.id("committee"), "version", 0, "reason", "dissolved")))
                .isEqualTo(new MutationError(MutationErrorCode.CONSTRAINT, graph.id("committee") + " still has 2 relationships "
                        + "(ELECTS 1, REPRESENTS 1): delete them first, or pass detach: true to delete them with it", "detach"));
        assertThat(graph.fingerprint()).isEqualTo(before);

        String represents = graph.id("committee") + "-REPRESENTS-" + graph.id("estate");
        mutate("deleteOwnersCommittee", Map.of("id", graph.id("committee"), "version", 0, "detach", true, "reason", "dissolved"))
                .path("deleteOwnersCommittee.errors").entityList(Object.class).hasSize(0)
                .path("deleteOwnersCommittee.detachedRelationships").entityList(String.class)
                .hasSize(2).contains(represents, graph.id("assembly") + "-ELECTS-" + graph.id("committee"));

        assertThat(graph.count("MATCH (e:Estate)<-[r]-() WHERE e.id CONTAINS $token RETURN count(r)")).isEqualTo(1);
        graphQl.documentName("history").fragmentName("change").variable("id", represents).execute()
                .path("history[0].operation").entity(String.class).isEqualTo("DELETE")
                .path("history[0].targetKind").entity(String.class).isEqualTo("REPRESENTS")
                .path("history[0].reason").entity(String.class).isEqualTo("dissolved")
                .path("history[0].version").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void loading_the_seed_again_leaves_versions_at_0_and_records_no_change() {
        long changes = graph.count("MATCH (c:Change) RETURN count(c)");

        graphQl.documentName("loadSeed").execute().path("loadSeed.stakeholdersCreated").entity(Integer.class).isEqualTo(0);

        assertThat(graph.count("MATCH (c:Change) RETURN count(c)")).isEqualTo(changes);
        assertThat(graph.count("MATCH (n:Stakeholder) WHERE n.version IS NOT NULL RETURN count(n)")).isZero();
    }

    private GraphQlTester.Response mutate(String document, Map<String, Object> input) {
        return graphQl.documentName(document).fragmentName("change").variable("input", input).execute();
    }

    private MutationError error(String document, Map<String, Object> input) {
        return mutate(document, input).path(document + ".errors").entityList(MutationError.class).hasSize(1).get().getFirst();
    }
}
