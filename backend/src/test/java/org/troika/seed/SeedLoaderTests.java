package org.troika.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.GraphFingerprint;
import org.troika.TroikaTest;

@TroikaTest
class SeedLoaderTests {

    @Autowired
    SeedLoader loader;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphQlTester graphQl;

    @Test
    void the_seed_is_in_the_graph_after_the_first_start() {
        var seed = new SeedReader().read(SeedLoader.ROOT);
        assertThat(count("MATCH (n:Stakeholder) RETURN count(n)")).isEqualTo(seed.nodes().size());
        assertThat(count("MATCH (:Stakeholder)-[r]->(:Stakeholder) RETURN count(r)")).isEqualTo(seed.relationships().size());
    }

    @Test
    void loading_the_seed_again_changes_nothing() {
        String before = fingerprint();

        var report = loader.load();

        assertThat(report.stakeholdersCreated()).isZero();
        assertThat(report.relationshipsCreated()).isZero();
        assertThat(report.stakeholders()).isGreaterThan(1_000);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void the_load_seed_mutation_reports_what_it_loaded() {
        graphQl.documentName("loadSeed").execute()
                .path("loadSeed.stakeholdersCreated").entity(Integer.class).isEqualTo(0)
                .path("loadSeed.relationshipsCreated").entity(Integer.class).isEqualTo(0)
                .path("loadSeed.facts").entity(Integer.class).isEqualTo(32);
    }

    @Test
    void every_node_and_relationship_carries_provenance() {
        assertThat(count("MATCH (n:Stakeholder) WHERE size(coalesce(n.provenance, [])) = 0 RETURN count(n)")).isZero();
        assertThat(count("MATCH (:Stakeholder)-[r]->(:Stakeholder) WHERE size(coalesce(r.provenance, [])) = 0 RETURN count(r)"))
                .isZero();
    }

    @Test
    void illustrative_stakeholders_are_named_as_illustrative() {
        assertThat(count("""
                MATCH (n:Stakeholder) WHERE 'illustrative' IN n.provenance
                  AND NOT (n.name CONTAINS '示意' AND n.nameEn CONTAINS 'Illustrative')
                RETURN count(n)""")).isZero();
    }

    @Test
    void a_broken_seed_is_reported_row_by_row_and_writes_nothing() {
        long before = count("MATCH (n) RETURN count(n)");

        assertThatThrownBy(() -> new SeedReader().read("broken-seed"))
                .isInstanceOfSatisfying(SeedFormatException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "broken-seed/nodes/estates.csv row 2: column old: 'yes' is not true or false",
                        "broken-seed/nodes/estates.csv row 4: column :LABEL: unknown kind 'Castle' for broken-estate-3",
                        "broken-seed/nodes/estates.csv row 5: column provenance: broken-estate-4 has no provenance",
                        "broken-seed/nodes: duplicate id broken-estate-1",
                        "broken-seed/relationships: broken-estate-1-LOCATED_IN-nowhere refers to unknown id nowhere"));

        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before);
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    private String fingerprint() {
        return GraphFingerprint.of(neo4j);
    }
}
