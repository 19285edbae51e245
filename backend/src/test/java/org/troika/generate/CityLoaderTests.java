package org.troika.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.GraphFingerprint;
import org.troika.TroikaTest;
import org.troika.fact.FactCheck;
import org.troika.fact.FactCheckService;
import org.troika.search.SearchResult;
import org.troika.search.SearchService;

@TroikaTest
class CityLoaderTests {

    @Autowired
    CityLoader loader;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    FactCheckService factChecks;

    @Autowired
    SearchService search;

    @AfterEach
    void removeTheCity() {
        loader.removeAll();
    }

    @Test
    void a_loaded_city_is_all_synthetic_and_leaves_the_graph_as_it_was_once_removed() {
        String before = GraphFingerprint.of(neo4j);

        var report = loader.load(CityGenerator.of(1, 2, 11), 1, 11);

        assertThat(report.nodesCreated()).isEqualTo(report.nodes()).isGreaterThan(1_500);
        assertThat(report.relationshipsCreated()).isEqualTo(report.relationships()).isGreaterThan(2_000);
        assertThat(count("MATCH (n:Stakeholder) WHERE n.id STARTS WITH 'syn-' RETURN count(n)")).isEqualTo(report.nodes());
        assertThat(count("MATCH (n:Stakeholder) WHERE 'synthetic' IN n.provenance RETURN count(n)")).isEqualTo(report.nodes());
        assertThat(count("""
                MATCH (a:Stakeholder)-[r]->(b:Stakeholder) WHERE 'synthetic' IN r.provenance
                  AND a.id STARTS WITH 'syn-' AND b.id STARTS WITH 'syn-' RETURN count(r)""")).isEqualTo(report.relationships());
        assertThat(count("""
                MATCH (n:Stakeholder) WHERE n.id STARTS WITH 'syn-' AND NOT 'synthetic' IN n.provenance RETURN count(n)""")).isZero();

        assertThat(loader.removeAll()).isEqualTo(report.nodes());
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    @Test
    void the_same_seed_loads_the_same_city_and_loading_it_again_changes_nothing() {
        loader.load(CityGenerator.of(1, 1, 5), 1, 5);
        String first = syntheticFingerprint();

        var again = loader.load(CityGenerator.of(1, 1, 5), 1, 5);
        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(syntheticFingerprint()).isEqualTo(first);

        loader.removeAll();
        loader.load(CityGenerator.of(1, 1, 5), 1, 5);
        assertThat(syntheticFingerprint()).isEqualTo(first);

        loader.removeAll();
        loader.load(CityGenerator.of(1, 1, 6), 1, 6);
        assertThat(syntheticFingerprint()).isNotEqualTo(first);
    }

    @Test
    void the_documented_figures_still_check_with_a_city_beside_them() {
        List<String> before = figures(factChecks.checkAll());

        loader.load(CityGenerator.of(1, 2, 3), 1, 3);
        List<FactCheck> after = factChecks.checkAll();

        assertThat(figures(after)).isEqualTo(before);
        assertThat(after).allSatisfy(check -> assertThat(check.holds()).as("%s %s", check.factId(), check.check()).isTrue());
    }

    @Test
    void search_finds_a_generated_estate_by_its_chinese_name() {
        loader.load(CityGenerator.of(1, 1, 8), 1, 8);
        String name = neo4j.query("MATCH (e:Estate {id: 'syn-d01-s01-estate-017'}) RETURN e.name AS name")
                .fetchAs(String.class).one().orElseThrow();

        List<SearchResult> found = search.search(name, List.of("Estate"), 5);

        assertThat(name).isEqualTo("合成小区 0017");
        assertThat(found).extracting(SearchResult::id).first().isEqualTo("syn-d01-s01-estate-017");
    }

    private String syntheticFingerprint() {
        var nodes = neo4j.query("MATCH (n:Stakeholder) WHERE n.id STARTS WITH 'syn-' RETURN labels(n) AS labels, properties(n) AS properties")
                .fetchAs(String.class)
                .mappedBy((types, row) -> new TreeSet<>(row.get("labels").asList(Value::asString)) + " "
                        + new TreeMap<>(row.get("properties").asMap()))
                .all();
        var relationships = neo4j.query("""
                        MATCH (a:Stakeholder)-[r]->(b:Stakeholder) WHERE a.id STARTS WITH 'syn-'
                        RETURN a.id + ' ' + type(r) + ' ' + b.id AS key, properties(r) AS properties""")
                .fetchAs(String.class)
                .mappedBy((types, row) -> row.get("key").asString() + " " + new TreeMap<>(row.get("properties").asMap()))
                .all();
        return new TreeSet<>(nodes) + "\n" + new TreeSet<>(relationships);
    }

    private static List<String> figures(List<FactCheck> checks) {
        return checks.stream().map(check -> check.factId() + " " + check.check() + " " + check.computed()).toList();
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
