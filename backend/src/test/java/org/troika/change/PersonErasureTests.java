package org.troika.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.TestPerson.ALIAS;
import static org.troika.TestPerson.COMMITTEE;
import static org.troika.TestPerson.ID;
import static org.troika.TestPerson.NAME;
import static org.troika.TestPerson.NAME_EN;
import static org.troika.TestPerson.PHONE;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.SignedIn;
import org.troika.TestPerson;
import org.troika.TroikaTest;
import org.troika.access.Role;
import org.troika.scene.SavedScene;
import org.troika.scene.SavedScenes;
import org.troika.search.SearchKeys;
import org.troika.search.SearchResult;
import org.troika.search.SearchService;

@TroikaTest
class PersonErasureTests {

    /** The name the person had before an update: the history holds it too. */
    static final String FORMER_NAME = "潘晓明";
    static final List<String> PERSONAL_VALUES = List.of(NAME, NAME_EN, ALIAS, PHONE, FORMER_NAME, "panxiaoming", "xiaopan");

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    SearchKeys searchKeys;

    @Autowired
    SearchService search;

    @Autowired
    SavedScenes scenes;

    SavedScene scene;

    @BeforeEach
    void person() {
        TestPerson.add(neo4j, searchKeys);
    }

    @AfterEach
    void remove() {
        TestPerson.remove(neo4j);
        if (scene != null) {
            SignedIn.as(Role.ADMIN);
            scenes.delete(scene.id(), "admin", true);
        }
        SignedIn.nobody();
    }

    @Test
    void an_erased_person_keeps_id_labels_and_memberships_but_their_names_and_phone_are_nowhere_in_the_database() {
        SignedIn.as(Role.STAFF);
        graphQl.documentName("personUpdate").variable("input", Map.of("id", ID, "version", 0, "name", FORMER_NAME,
                        "reason", "typo in the name"))
                .execute().path("updatePerson.errors").entityList(Object.class).hasSize(0);
        graphQl.documentName("personUpdate").variable("input", Map.of("id", ID, "version", 1, "name", NAME,
                        "reason", "back to " + NAME + ", as " + FORMER_NAME + " was wrong"))
                .execute().path("updatePerson.errors").entityList(Object.class).hasSize(0);
        scene = scenes.save("Committee of " + NAME, "explore?focus=" + ID + "&q=" + NAME, "staff");
        String indicatorsBefore = indicators();
        assertThat(occurrences(NAME)).isGreaterThan(2);

        var erased = graphQl.documentName("erasePerson").variable("id", ID)
                .variable("reason", "request of " + NAME + " of 2026-11-01").execute();

        erased.path("erasePerson.errors").entityList(Object.class).hasSize(0)
                .path("erasePerson.person.id").entity(String.class).isEqualTo(ID)
                .path("erasePerson.person.name").entity(String.class).isEqualTo("已删除人员")
                .path("erasePerson.person.nameEn").entity(String.class).isEqualTo("Erased person")
                .path("erasePerson.person.aliases").entityList(String.class).hasSize(0)
                .path("erasePerson.person.phone").valueIsNull()
                .path("erasePerson.person.partyMember").entity(Boolean.class).isEqualTo(true)
                .path("erasePerson.person.erased").entity(Boolean.class).isEqualTo(true)
                .path("erasePerson.person.erasedOn").entity(String.class).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString())
                .path("erasePerson.person.version").entity(Integer.class).isEqualTo(3)
                .path("erasePerson.change.operation").entity(String.class).isEqualTo("ERASE")
                .path("erasePerson.change.before").valueIsNull()
                .path("erasePerson.change.reason").entity(String.class).isEqualTo("request of 已删除人员 of 2026-11-01");
        for (String value : PERSONAL_VALUES) {
            assertThat(occurrences(value)).as("properties holding '%s'", value).isZero();
        }
        assertThat(neo4j.query("""
                MATCH (p:Stakeholder {id: $id})-[r:MEMBER_OF]->(:Stakeholder {id: $committee})
                RETURN labels(p) AS labels, r.role AS role""").bindAll(Map.of("id", ID, "committee", COMMITTEE))
                .fetch().one().orElseThrow())
                .containsEntry("labels", List.of("Stakeholder", "Person", "CommitteeMember"))
                .containsEntry("role", "member");
        assertThat(indicators()).isEqualTo(indicatorsBefore);
        assertThat(search.search(NAME, null, 100)).extracting(SearchResult::id).doesNotContain(ID);
        assertThat(scenes.list()).filteredOn(saved -> saved.id().equals(scene.id())).singleElement()
                .satisfies(saved -> assertThat(saved.name()).isEqualTo("Committee of 已删除人员"));
        graphQl.documentName("personHistory").variable("id", ID).execute()
                .path("history[*].operation").entityList(String.class).containsExactly("ERASE", "UPDATE", "UPDATE");
    }

    @Test
    void below_staff_erasing_is_refused_and_changes_nothing() {
        for (Role role : List.of(Role.ANONYMOUS, Role.RESEARCHER)) {
            SignedIn.as(role);
            String refusal = role == Role.ANONYMOUS ? "UNAUTHORIZED" : "FORBIDDEN";
            graphQl.documentName("erasePerson").variable("id", ID).variable("reason", "asked").execute()
                    .errors().expect(error -> refusal.equals(String.valueOf(error.getErrorType()))).verify();
        }
        assertThat(neo4j.query("MATCH (p:Stakeholder {id: $id}) RETURN p.name").bind(ID).to("id")
                .fetchAs(String.class).one()).contains(NAME);
    }

    @Test
    void only_people_can_be_erased_and_only_once() {
        SignedIn.as(Role.STAFF);
        graphQl.documentName("erasePerson").variable("id", COMMITTEE).variable("reason", "asked").execute()
                .path("erasePerson.errors[0].code").entity(String.class).isEqualTo("UNKNOWN_ID");
        graphQl.documentName("erasePerson").variable("id", ID).variable("reason", "asked").execute()
                .path("erasePerson.errors").entityList(Object.class).hasSize(0);
        graphQl.documentName("erasePerson").variable("id", ID).variable("reason", "asked again").execute()
                .path("erasePerson.errors[0].code").entity(String.class).isEqualTo("CONSTRAINT");
    }

    /** How many properties of nodes and relationships hold the value, in a text or a list of texts. */
    private long occurrences(String value) {
        return neo4j.query("""
                CALL () {
                  MATCH (n) UNWIND keys(n) AS key RETURN n[key] AS property
                  UNION ALL
                  MATCH ()-[r]->() UNWIND keys(r) AS key RETURN r[key] AS property
                }
                WITH CASE WHEN property IS :: LIST<ANY> THEN property ELSE [property] END AS values
                UNWIND values AS each
                WITH each WHERE toLower(toString(each)) CONTAINS toLower($value)
                RETURN count(*)""").bind(value).to("value").fetchAs(Long.class).one().orElseThrow();
    }

    private String indicators() {
        return graphQl.documentName("indicatorsOfXianxia").execute().path("indicators").entity(Map.class).get().toString();
    }
}
