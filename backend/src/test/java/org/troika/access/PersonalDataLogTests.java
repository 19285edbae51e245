package org.troika.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.TestPerson.ID;
import static org.troika.TestPerson.NAME;
import static org.troika.TestPerson.NAME_EN;
import static org.troika.TestPerson.PHONE;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.SignedIn;
import org.troika.TestPerson;
import org.troika.TroikaTest;
import org.troika.change.Actor;
import org.troika.exchange.ImportService;
import org.troika.search.SearchKeys;
import org.troika.search.SearchService;

/** Names and phone numbers never reach the log: not from an edit, an import, a search, nor a refused input. */
@TroikaTest
class PersonalDataLogTests {

    static final String IMPORTED_NAME = "郑秀兰";
    static final String IMPORTED_PHONE = "13698765432";

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    SearchKeys searchKeys;

    @Autowired
    SearchService search;

    @Autowired
    ImportService imports;

    ListAppender<ILoggingEvent> captured;
    Level troikaLevel;

    @BeforeEach
    void captureTheLog() {
        TestPerson.add(neo4j, searchKeys);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
        // Troika's own loggers at their most talkative: no level of them may print personal data.
        troikaLevel = context.getLogger("org.troika").getLevel();
        context.getLogger("org.troika").setLevel(Level.TRACE);
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        context.getLogger("org.troika").setLevel(troikaLevel);
        SignedIn.nobody();
        TestPerson.remove(neo4j);
        neo4j.query("MATCH (n:Stakeholder {id: 'test-privacy-imported'}) DETACH DELETE n").run();
        neo4j.query("MATCH (c:Change) WHERE c.targetId = 'test-privacy-imported' DETACH DELETE c").run();
        neo4j.query("MATCH (b:ImportBatch {file: 'person.csv'}) DETACH DELETE b").run();
    }

    @Test
    void editing_importing_and_searching_people_logs_no_name_and_no_phone() {
        SignedIn.as(Role.STAFF);
        graphQl.documentName("personUpdate").variable("input", Map.of("id", ID, "version", 0, "name", "潘大明",
                "phone", "13987654321", "reason", "corrected")).execute()
                .path("updatePerson.errors").entityList(Object.class).hasSize(0);
        graphQl.documentName("personUpdate").variable("input", Map.of("id", ID, "version", 1, "phone", "not " + PHONE,
                "reason", "typo")).execute()
                .path("updatePerson.errors[0].code").entity(String.class).isEqualTo("INVALID_VALUE");
        String file = """
                id:ID,:LABEL,name,nameEn,aliases:string[],provenance:string[],partyMember:boolean,phone
                test-privacy-imported,Person;Volunteer,%s,Zheng Xiulan,,illustrative,false,%s
                """.formatted(IMPORTED_NAME, IMPORTED_PHONE);
        var report = imports.importFile("person.csv", file.getBytes(StandardCharsets.UTF_8), false, new Actor("staff", true));
        assertThat(report.problems()).isEmpty();
        var refused = imports.importFile("person.csv", file.replace(IMPORTED_PHONE, "x" + IMPORTED_PHONE)
                .getBytes(StandardCharsets.UTF_8), true, new Actor("staff", true));
        assertThat(refused.problems()).singleElement().satisfies(problem ->
                assertThat(problem.toString()).contains("phone is not a phone number").doesNotContain(IMPORTED_PHONE));
        assertThat(search.search("潘大明", null, 20)).extracting(hit -> hit.id()).contains(ID);
        search.search(NAME, null, 20);
        search.search(IMPORTED_NAME, null, 20);
        SignedIn.as(Role.ANONYMOUS);
        search.search(NAME_EN, null, 20);
        graphQl.documentName("personSearch").variable("query", PHONE).execute();

        List<String> lines = captured.list.stream()
                .map(event -> event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
        for (String value : List.of(NAME, "潘大明", NAME_EN, PHONE, "13987654321", IMPORTED_NAME, IMPORTED_PHONE)) {
            assertThat(lines).as("log lines holding '%s'", value).noneMatch(line -> line.contains(value));
        }
    }
}
