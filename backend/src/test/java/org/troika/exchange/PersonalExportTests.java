package org.troika.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.TestPerson.ALIAS;
import static org.troika.TestPerson.COMMITTEE;
import static org.troika.TestPerson.ID;
import static org.troika.TestPerson.NAME;
import static org.troika.TestPerson.NAME_EN;
import static org.troika.TestPerson.PHONE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.troika.SignedIn;
import org.troika.TestPerson;
import org.troika.TroikaTest;
import org.troika.access.Role;
import org.troika.graph.GraphService;
import org.troika.search.SearchKeys;

/** Exports leave people's personal data out, in every format, unless staff ask for it. */
@TroikaTest
class PersonalExportTests {

    static final String SCENE = "/api/export/%s?ids=" + ID + "," + COMMITTEE;

    @Autowired
    WebApplicationContext context;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    SearchKeys searchKeys;

    @Autowired
    SceneExport exports;

    @Autowired
    GraphService graphs;

    MockMvcTester http;

    @BeforeEach
    void person() {
        http = MockMvcTester.from(context);
        TestPerson.add(neo4j, searchKeys);
    }

    @AfterEach
    void remove() {
        SignedIn.nobody();
        TestPerson.remove(neo4j);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void by_default_an_export_holds_the_person_without_names_aliases_or_phone_even_for_staff(ExportFormat format) throws Exception {
        for (Role role : List.of(Role.ANONYMOUS, Role.RESEARCHER, Role.STAFF)) {
            SignedIn.as(role);
            MvcTestResult response = http.get().uri(SCENE.formatted(format.name().toLowerCase())).exchange();
            assertThat(response).hasStatusOk();
            assertThat(text(format, response.getResponse().getContentAsByteArray()))
                    .contains(ID, COMMITTEE, "partyMember")
                    .doesNotContain(NAME, NAME_EN, ALIAS, PHONE, "panxiaoming");
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void staff_asking_for_personal_data_get_it(ExportFormat format) throws Exception {
        SignedIn.as(Role.STAFF);
        MvcTestResult response = http.get().uri(SCENE.formatted(format.name().toLowerCase()) + "&personal=true").exchange();
        assertThat(response).hasStatusOk();
        assertThat(text(format, response.getResponse().getContentAsByteArray())).contains(ID, NAME, NAME_EN, ALIAS, PHONE);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ANONYMOUS", "RESEARCHER"})
    void asking_for_personal_data_below_staff_is_forbidden_with_a_message(Role role) throws Exception {
        SignedIn.as(role);
        for (String uri : List.of("/api/export/json?personal=true", "/api/export/csv?scope=xianxia&personal=true",
                SCENE.formatted("graphml") + "&personal=true")) {
            MvcTestResult response = http.get().uri(uri).exchange();
            assertThat(response).hasStatus(403).hasContentType("application/json");
            assertThat(response.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("\"status\":403", "personal=true", "needs the STAFF role", role.name());
        }
    }

    @Test
    void the_explorers_scene_export_leaves_personal_data_out() throws Exception {
        SignedIn.as(Role.STAFF);
        var scene = graphs.subgraph(List.of(ID, COMMITTEE), null);
        assertThat(text(ExportFormat.JSON, exports.scene(ExportFormat.JSON, scene).content())).contains(ID).doesNotContain(NAME, PHONE);
        assertThat(text(ExportFormat.JSON, exports.scene(ExportFormat.JSON, scene, true).content())).contains(NAME, PHONE);
    }

    private static String text(ExportFormat format, byte[] content) throws Exception {
        if (format == ExportFormat.CSV) {
            return String.join("\n", ExportWritersTests.unzip(content).values());
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
