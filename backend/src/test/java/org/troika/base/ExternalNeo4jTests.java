package org.troika.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import org.troika.TroikaTestApplication;

/** Against the official Neo4j image: migrations, seed and fact check, with no embedded database. Needs Docker. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = TroikaTestApplication.class)
@AutoConfigureGraphQlTester
class ExternalNeo4jTests {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1").withoutAuthentication();

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add("troika.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("troika.neo4j.username", () -> "");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    GraphQlTester graphQl;

    @Test
    void migrations_seed_and_fact_check_work_against_a_neo4j_server() {
        assertThat(context.getBeanNamesForType(org.neo4j.dbms.api.DatabaseManagementService.class)).isEmpty();

        var checks = graphQl.documentName("factCheck").execute().path("factCheck").entityList(Map.class).get();

        assertThat(checks).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(check -> assertThat(check.get("holds")).isEqualTo(true));
    }
}
