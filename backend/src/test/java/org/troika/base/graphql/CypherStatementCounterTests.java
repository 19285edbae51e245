package org.troika.base.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.reactivestreams.ReactiveResult;
import org.neo4j.driver.reactivestreams.ReactiveSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.troika.TroikaTest;
import org.troika.fact.FactBook;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The counter sees every Cypher statement a request runs, however it is run, and no other. */
@TroikaTest
class CypherStatementCounterTests {

    @Autowired
    CypherStatementCounter counter;

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    WebApplicationContext context;

    @Autowired
    FactBook factBook;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    Driver driver;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    StakeholderNames stakeholderNames;

    @Test
    void the_fact_check_query_runs_one_statement_per_check() {
        var response = graphQl.documentName("factCheck").execute();

        int checks = factBook.facts().stream().mapToInt(fact -> fact.checks().size()).sum();
        assertThat(checks).isGreaterThanOrEqualTo(40);
        response.path("factCheck").entityList(Map.class).hasSize(checks);
        assertThat(response.returnResponse().getExtensions()).containsEntry("cypherStatements", checks);
    }

    @Test
    void the_count_travels_over_http_too() {
        int checks = factBook.facts().stream().mapToInt(fact -> fact.checks().size()).sum();

        var response = MockMvcTester.from(context).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .content("{\"query\": \"{ factCheck { holds } }\"}").exchange();

        assertThat(response).hasStatusOk().bodyJson().extractingPath("$.extensions.cypherStatements").isEqualTo(checks);
    }

    @Test
    void a_query_that_reads_no_graph_runs_no_statement() {
        var response = graphQl.documentName("facts").execute();

        assertThat(response.returnResponse().getExtensions()).containsEntry("cypherStatements", 0);
    }

    @Test
    void an_auto_commit_statement_of_the_neo4j_client_counts_once() {
        assertThat(counter.count(() -> neo4j.query("RETURN 1").run())).isEqualTo(1);
    }

    @Test
    void each_statement_of_a_spring_transaction_counts() {
        var transaction = new TransactionTemplate(transactions);

        int statements = counter.count(() -> transaction.executeWithoutResult(status -> {
            neo4j.query("MATCH (n:Stakeholder) RETURN count(n)").fetch().one();
            neo4j.query("MATCH (n:Fact) RETURN count(n)").fetch().one();
            neo4j.query("RETURN 1").run();
        }));

        assertThat(statements).isEqualTo(3);
    }

    @Test
    void statements_of_a_spring_data_repository_count() {
        stakeholderNames.findById("xianxia"); // the first call may ask the server what it is

        int statements = counter.count(() -> {
            assertThat(stakeholderNames.findById("xianxia")).isPresent();
            assertThat(stakeholderNames.findByName("no such name")).isEmpty();
        });

        assertThat(statements).isEqualTo(2);
    }

    @Test
    void statements_of_the_drivers_async_and_reactive_apis_count() {
        int async = counter.count(() -> {
            var session = driver.session(AsyncSession.class);
            session.runAsync("RETURN 1").thenCompose(ResultCursor::consumeAsync)
                    .thenCompose(summary -> session.closeAsync()).toCompletableFuture().join();
        });
        int reactive = counter.count(() -> Flux.usingWhen(
                        Mono.fromSupplier(() -> driver.session(ReactiveSession.class)),
                        session -> Flux.from(session.run("RETURN 1")).flatMap(ReactiveResult::consume),
                        session -> Mono.from(session.close()))
                .blockLast());

        assertThat(List.of(async, reactive)).containsExactly(1, 1);
    }

    @Test
    void statements_of_other_threads_do_not_count() {
        try (var executor = Executors.newSingleThreadExecutor()) {
            int statements = counter.count(() -> CompletableFuture
                    .runAsync(() -> neo4j.query("RETURN 1").run(), executor).join());

            assertThat(statements).isZero();
        }
    }

    @Test
    void a_nested_count_is_part_of_the_outer_one() {
        int[] inner = new int[1];

        int outer = counter.count(() -> {
            neo4j.query("RETURN 1").run();
            inner[0] = counter.count(() -> neo4j.query("RETURN 2").run());
        });

        assertThat(inner[0]).isEqualTo(1);
        assertThat(outer).isEqualTo(2);
    }
}
