package org.troika.base.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.troika.TroikaTest;

@TroikaTest
class GraphiqlTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    GraphQlExamples examples;

    @Autowired
    GraphQlTester graphQl;

    MockMvcTester http;

    @BeforeEach
    void http() {
        http = MockMvcTester.from(context);
    }

    @Test
    void graphiql_opens_with_the_example_queries() {
        assertThat(http.get().uri("/graphiql")).hasStatusOk().bodyText().contains("defaultTabs", "/graphiql/examples");
        assertThat(http.get().uri("/graphiql/examples")).hasStatusOk()
                .bodyJson().extractingPath("$[0].title").isEqualTo("Every published figure beside the figure computed from the graph");
    }

    @Test
    void every_example_runs_without_errors() {
        assertThat(examples.all()).hasSizeGreaterThanOrEqualTo(8);
        for (GraphQlExamples.Example example : examples.all()) {
            graphQl.document(example.query()).execute().errors().verify();
        }
    }

    @Test
    void the_graphql_guide_shows_every_example() throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "graphql.md"));
        for (GraphQlExamples.Example example : examples.all()) {
            assertThat(guide).as(example.title()).contains(example.query().strip());
        }
    }
}
