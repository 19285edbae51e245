package org.troika.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.troika.GraphFingerprint;
import org.troika.TroikaTest;
import org.troika.base.web.HostileCorpus.Case;
import tools.jackson.databind.JsonNode;

/**
 * The hostile corpus ({@link HostileCorpus}: at least {@value #MINIMUM_CASES} malformed or hostile requests) against
 * the running server over real HTTP. Every case must get an answer below 500 that names its problem: GraphQL errors
 * with a message and a classification, a typed mutation error, or a 4xx JSON body; none may show a stack trace, an
 * exception class, Cypher, a database message or a file path. The graph is compared before and after each group.
 */
@TroikaTest
class HostileInputTests {

    static final int MINIMUM_CASES = 300;

    /** What must never reach a client; the hostile text a case sent is taken out of the answer first, as echoing it is fine. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [\\w$]+(?:\\.[\\w$<>]+)+\\("),
            Pattern.compile("\\b(?:java|javax|jakarta|sun|org\\.springframework|org\\.neo4j|org\\.apache|org\\.troika|graphql\\.[a-z]+|com\\.fasterxml|tools\\.jackson|reactor)\\.[A-Za-z]"),
            Pattern.compile("\\b[A-Z]\\w*(?:Exception|Throwable)\\b"),
            Pattern.compile("\\bNeo\\.(?:ClientError|TransientError|DatabaseError)|bolt://|neo4j://"),
            Pattern.compile("(?i)\\b(?:OPTIONAL MATCH|MATCH|MERGE|UNWIND)\\s*\\(|\\bRETURN\\s+\\w+\\s*(?:,|\\.|AS\\b)|\\bCALL\\s+(?:db|apoc|gds)\\."),
            Pattern.compile("(?:/[\\w.-]+){2,}\\.(?:java|class|jar|cypher|properties|graphqls|yaml)\\b|/(?:home|root|tmp|work|usr|opt|srv)/|[A-Za-z]:\\\\"));
    private static final List<String> LEAKY_FIELDS = List.of("trace", "stackTrace", "exception", "cause");

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphQlSource graphQl;

    Http http;

    @TestFactory
    Stream<DynamicNode> every_hostile_request_gets_a_clear_error_and_leaves_the_graph_unchanged() {
        http = new Http(port);
        List<Case> cases = new HostileCorpus(http, graphQl.schema()).all();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);

        Map<String, List<Case>> groups = new LinkedHashMap<>();
        cases.forEach(c -> groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c));
        String[] fingerprint = new String[1];
        Stream<DynamicNode> before = Stream.of(dynamicTest("the corpus holds " + cases.size() + " cases; the graph before",
                () -> fingerprint[0] = GraphFingerprint.of(neo4j)));
        Stream<DynamicNode> byGroup = groups.entrySet().stream().map(group -> dynamicContainer(
                group.getKey() + " (" + group.getValue().size() + " cases)",
                Stream.concat(group.getValue().stream().map(c -> dynamicTest(c.name(), () -> check(c))),
                        Stream.of(dynamicTest("the graph is unchanged after " + group.getKey(),
                                () -> assertThat(GraphFingerprint.of(neo4j)).isEqualTo(fingerprint[0]))))));
        return Stream.concat(before, byGroup);
    }

    private void check(Case c) {
        try {
            checkAnswer(c);
        } catch (AssertionError failure) {
            // one line per failing case, readable in the build log beside the report
            String message = failure.getMessage().replace('\n', ' ');
            System.out.println("HOSTILE-FAIL [" + c.group() + "] " + message.substring(0, Math.min(message.length(), 1500)));
            throw failure;
        }
    }

    private void checkAnswer(Case c) {
        HttpResponse<String> response = http.send(c.request().get());
        String body = response.body();
        String what = c.name() + " -> " + response.statusCode() + " " + HostileCorpus.shown(body);
        assertThat(response.statusCode()).as(what).isLessThan(500);
        JsonNode json = parse(body);
        assertNoLeak(what, body, json, c.echoes());
        switch (c.expect()) {
            case GRAPHQL_ERROR -> {
                if (!refusedBeforeGraphQl(what, response.statusCode(), json)) {
                    assertTypedGraphQlErrors(what, json);
                }
            }
            case ANSWER_OR_GRAPHQL_ERROR -> {
                if (json != null && json.has("errors")) {
                    assertTypedGraphQlErrors(what, json);
                } else if (!refusedBeforeGraphQl(what, response.statusCode(), json)) {
                    assertThat(json).as(what).isNotNull();
                    assertThat(json.path("data").isObject()).as(what + ": an answer with data").isTrue();
                }
            }
            case MUTATION_REFUSED -> {
                if (json != null && json.has("errors")) {
                    assertTypedGraphQlErrors(what, json);
                } else {
                    assertThat(json).as(what).isNotNull();
                    JsonNode payload = json.path("data").properties().iterator().next().getValue();
                    assertThat(payload.path("errors").isArray() && !payload.path("errors").isEmpty())
                            .as(what + ": the mutation must be refused with typed errors").isTrue();
                    payload.path("errors").forEach(error -> {
                        assertThat(error.path("code").asString("")).as(what).isNotBlank();
                        assertThat(error.path("message").asString("")).as(what).isNotBlank();
                    });
                }
            }
            case HTTP_ERROR -> {
                assertThat(response.statusCode()).as(what).isBetween(400, 499);
                assertThat(json).as(what + ": a JSON body").isNotNull();
                if (json.has("errors")) {
                    assertTypedGraphQlErrors(what, json);
                } else {
                    assertThat(json.path("error").asString("")).as(what + ": an error naming the problem").isNotBlank();
                }
            }
            case IMPORT_REFUSED_OR_DRY -> {
                assertThat(json).as(what + ": a JSON body").isNotNull();
                if (response.statusCode() >= 400) {
                    assertThat(json.path("error").asString("")).as(what + ": an error naming the problem").isNotBlank();
                } else {
                    assertThat(json.path("written").asBoolean(true)).as(what + ": nothing written").isFalse();
                }
            }
        }
    }

    /** A request the HTTP layer refused (too large, say) with a 4xx JSON error before GraphQL saw it. */
    private static boolean refusedBeforeGraphQl(String what, int status, JsonNode json) {
        if (status < 400 || json == null || json.has("errors")) {
            return false;
        }
        assertThat(json.path("error").asString("")).as(what + ": an error naming the problem").isNotBlank();
        return true;
    }

    private static void assertTypedGraphQlErrors(String what, JsonNode json) {
        assertThat(json).as(what + ": a JSON body").isNotNull();
        JsonNode errors = json.path("errors");
        assertThat(errors.isArray() && !errors.isEmpty()).as(what + ": GraphQL errors").isTrue();
        errors.forEach(error -> {
            assertThat(error.path("message").asString("")).as(what).isNotBlank();
            assertThat(error.path("extensions").path("classification").asString("")).as(what + ": a classification").isNotBlank();
        });
    }

    private static void assertNoLeak(String what, String body, JsonNode json, List<String> echoes) {
        List<String> texts = new ArrayList<>();
        if (json == null) {
            texts.add(body);
        } else {
            collect(json, texts, what);
        }
        for (String text : texts) {
            String own = text;
            for (String echo : echoes) {
                if (!echo.isBlank()) {
                    own = own.replace(echo, "").replace(echo.strip(), "");
                }
            }
            for (Pattern leak : LEAKS) {
                assertThat(leak.matcher(own).find()).as(what + ": leaks " + leak + " in " + HostileCorpus.shown(own)).isFalse();
            }
        }
    }

    private static void collect(JsonNode node, List<String> texts, String what) {
        if (node.isString()) {
            texts.add(node.asString());
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                assertThat(LEAKY_FIELDS).as(what + ": a field " + field.getKey()).doesNotContain(field.getKey());
                if (!field.getKey().equals("data")) {
                    collect(field.getValue(), texts, what);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, texts, what));
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = HostileCorpus.JSON.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
