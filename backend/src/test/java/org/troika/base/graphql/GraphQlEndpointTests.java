package org.troika.base.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.ChainedInstrumentation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.troika.TroikaTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real endpoint rejects what is over a limit with an error naming the limit and the value, and
 * bad input of every kind with an error naming the problem. Over HTTP where the status matters:
 * a request error (no {@code data}) is a 400 for {@code application/graphql-response+json} clients,
 * as the GraphQL-over-HTTP spec says, and a 200 for plain {@code application/json} ones.
 */
@TroikaTest
class GraphQlEndpointTests {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    @Autowired
    WebApplicationContext context;

    @Autowired
    GraphQlTester graphQl;

    MockMvcTester http;

    @BeforeEach
    void http() {
        http = MockMvcTester.from(context);
    }

    @Test
    void an_alias_flood_is_rejected_with_the_count_and_the_maximum() {
        var response = post(aliased(31, "facts { id }"), GRAPHQL_RESPONSE);

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .doesNotHavePath("$.data")
                .extractingPath("$.errors[0]").isEqualTo(Map.of(
                        "message", "The document has 31 aliases, more than the maximum of 30",
                        "extensions", Map.of("classification", "LIMIT_EXCEEDED",
                                "limit", "troika.graphql.max-aliases", "maximum", 30)));
    }

    @Test
    void as_many_aliases_as_the_maximum_are_answered() {
        graphQl.document(aliased(30, "facts { id }")).execute()
                .path("a29[0].id").entity(String.class).isEqualTo("F01");
    }

    @Test
    void a_document_with_more_operations_than_the_maximum_is_rejected() {
        graphQl.document(operations(6)).operationName("q0").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo(
                            "The document has 6 operations, more than the maximum of 5 (a request executes one of them)");
                    assertThat(error.getErrorType().toString()).isEqualTo("LIMIT_EXCEEDED");
                }));
    }

    @Test
    void a_document_with_as_many_operations_as_the_maximum_runs_the_one_named() {
        graphQl.document(operations(5)).operationName("q4").execute()
                .path("facts[0].id").entity(String.class).isEqualTo("F01");
    }

    @Test
    void an_oversize_document_is_rejected_before_it_is_parsed() {
        var response = post(padded(20_001), GRAPHQL_RESPONSE);

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("The document is 20001 characters long, more than the maximum of 20000");
    }

    @Test
    void a_document_as_long_as_the_maximum_is_answered() {
        var response = post(padded(20_000), GRAPHQL_RESPONSE);

        assertThat(response).hasStatusOk().bodyJson().extractingPath("$.data.facts[0].id").isEqualTo("F01");
    }

    @Test
    void a_too_complex_query_is_rejected_before_any_cypher_runs() {
        // 1 + 500 × (nodes 1 + id 1 + ownersCommittees (1 + 2 × (estates 1 + 2 × (committees 1 + 2 × (estates 1 + 2 ×
        //   (committees 1 + 2 × (members 1 + 2 × 2)))))))
        var response = graphQl.document("""
                { estates(first: 500) { nodes { id ownersCommittees { estates { ownersCommittees { estates { ownersCommittees {
                  members { person { id } } } } } } } } } }""")
                .execute();

        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).isEqualTo("Query complexity 96501 exceeds the maximum of 50000");
            assertThat(error.getExtensions()).containsEntry("limit", "troika.graphql.max-complexity");
        }));
        assertThat(response.returnResponse().getExtensions()).containsEntry("cypherStatements", 0);
    }

    @Test
    void graphiqls_schema_query_is_answered_despite_its_depth() {
        graphQl.documentName("introspection").execute()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }

    @Test
    void every_limit_is_applied_to_the_endpoint() {
        var instrumentation = context.getBean(GraphQlSource.class).graphQl().getInstrumentation();

        assertThat(instrumentation).isInstanceOfSatisfying(ChainedInstrumentation.class, chain ->
                assertThat(chain.getInstrumentations()).extracting(Object::getClass).containsSubsequence(
                        StatementCountInstrumentation.class, ExecutionTimeoutInstrumentation.class,
                        DocumentLimitsInstrumentation.class, OperationLimitsInstrumentation.class,
                        ComplexityLimitInstrumentation.class));
        // the tests run with a longer timeout (see application.properties), the defaults otherwise
        assertThat(context.getBean(GraphQlLimits.class)).isEqualTo(new GraphQlLimits(12, 50_000, 30, 500, 5, 20_000,
                Duration.ofSeconds(60)));
    }

    @Test
    void malformed_syntax_is_a_bad_request_naming_where_the_parser_stopped() {
        var response = post(document("malformedSyntax"), GRAPHQL_RESPONSE);

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString()
                        .isEqualTo("Invalid syntax with offending token '<EOF>' at line 4 column 1"))
                .extractingPath("$.errors[0].extensions.classification").isEqualTo("InvalidSyntax");
    }

    @Test
    void malformed_syntax_is_still_a_200_for_plain_json_clients() {
        var response = post(document("malformedSyntax"), MediaType.APPLICATION_JSON);

        assertThat(response).hasStatusOk().bodyJson()
                .extractingPath("$.errors[0].extensions.classification").isEqualTo("InvalidSyntax");
    }

    @Test
    void an_argument_of_the_wrong_type_is_a_validation_error_naming_the_argument() {
        graphQl.documentName("wrongArgumentType").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains("argument 'name'").contains("is not a valid 'String'");
                    assertThat(error.getErrorType().toString()).isEqualTo("ValidationError");
                }));
    }

    @Test
    void an_unknown_field_is_a_validation_error_naming_the_field() {
        graphQl.documentName("unknownField").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).contains("Field 'factChecks' in type 'Query' is undefined")));
    }

    @Test
    void a_request_without_a_document_is_a_bad_request() {
        var response = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .content("{\"variables\": {}}").exchange();

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
    }

    private MvcTestResult post(String document, MediaType accept) {
        return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(accept)
                .content(JsonMapper.shared().writeValueAsString(Map.of("query", document))).exchange();
    }

    /** {@code { a0: field a1: field … }}: the flood is made here, not kept as a file. */
    static String aliased(int count, String field) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i + ": " + field)
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    /** {@code query q0 { facts { id } } query q1 …} */
    static String operations(int count) {
        return IntStream.range(0, count).mapToObj(i -> "query q" + i + " { facts { id } }")
                .collect(Collectors.joining("\n"));
    }

    /** A small query, padded with a comment to exactly {@code length} characters. */
    static String padded(int length) {
        String query = "{ facts { id } }\n#";
        return query + "x".repeat(length - query.length());
    }

    static String document(String name) {
        try {
            return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
