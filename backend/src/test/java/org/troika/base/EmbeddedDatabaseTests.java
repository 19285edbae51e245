package org.troika.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.troika.TroikaTest;

@TroikaTest
class EmbeddedDatabaseTests {

    @Autowired
    TroikaProperties properties;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void any_bolt_driver_reaches_the_embedded_database_and_counts_its_nodes() {
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + properties.boltPort(), AuthTokens.none());
             var session = driver.session()) {
            long nodes = session.run("MATCH (n) RETURN count(n) AS nodes").single().get("nodes").asLong();
            assertThat(nodes).isGreaterThan(1_000);
        }
    }

    @Test
    void migrations_create_the_id_constraint_and_the_search_indexes() {
        List<String> constraints = List.copyOf(neo4j.query("SHOW CONSTRAINTS YIELD name RETURN name")
                .fetchAs(String.class).all());
        assertThat(constraints).contains("stakeholder_id", "fact_id");

        var analyzers = neo4j.query("""
                SHOW FULLTEXT INDEXES YIELD name, options
                RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer""")
                .fetch().all().stream().collect(java.util.stream.Collectors.toMap(row -> (String) row.get("name"), row -> (String) row.get("analyzer")));
        // The words index cuts Chinese into characters; the names index no query read is gone (V0008).
        assertThat(analyzers).isEqualTo(java.util.Map.of("stakeholder_search_whole", "keyword", "stakeholder_search_words", "cjk"));
    }

    @Test
    void migrations_are_recorded_in_the_database() {
        var applied = neo4j.query("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version ORDER BY m.version")
                .fetchAs(String.class).all();
        assertThat(applied).contains("0001", "0002", "0008");
    }

    @Test
    void the_words_index_finds_a_sub_district_by_two_chinese_characters() {
        var found = neo4j.query("""
                CALL db.index.fulltext.queryNodes('stakeholder_search_words', 'searchWords:"仙霞"') YIELD node
                RETURN node.id""").fetchAs(String.class).all();
        assertThat(found).contains("xianxia");
    }

    @Test
    void every_transaction_has_the_configured_timeout() {
        var setting = neo4j.query("SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value")
                .fetchAs(String.class).one();
        assertThat(setting).contains("30s");
        assertThat(transactions).isInstanceOfSatisfying(AbstractPlatformTransactionManager.class,
                manager -> assertThat(manager.getDefaultTimeout()).isEqualTo(30));
    }

    @Test
    void runaway_cypher_is_stopped_by_the_transaction_timeout() {
        var transaction = new TransactionTemplate(transactions);
        transaction.setTimeout(1);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> neo4j
                .query("UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(i)").fetch().one()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("timeout");
    }
}
