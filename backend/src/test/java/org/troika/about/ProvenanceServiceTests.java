package org.troika.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.TroikaTest;
import org.troika.fact.FactBook;

@TroikaTest
class ProvenanceServiceTests {

    @Autowired
    ProvenanceService provenance;

    @Autowired
    FactBook factBook;

    @Autowired
    Neo4jClient neo4j;

    @AfterEach
    void removeWhatTheTestAdded() {
        neo4j.query("MATCH (s:Stakeholder) WHERE s.id STARTS WITH 'provenance-test-' DETACH DELETE s").run();
    }

    @Test
    void every_fact_of_the_fact_book_is_listed_in_its_order_with_its_published_figures() {
        List<FactSupport> support = provenance.factSupport();

        assertThat(support).extracting(each -> each.fact().id())
                .containsExactlyElementsOf(factBook.facts().stream().map(fact -> fact.id()).toList());
        FactSupport f05 = support.stream().filter(each -> each.fact().id().equals("F05")).findFirst().orElseThrow();
        assertThat(f05.figures()).extracting(FactSupport.Figure::published).contains("203", "55.0%");
        assertThat(f05.stakeholders()).isPositive();
    }

    @Test
    void the_counts_per_fact_equal_what_a_stakeholder_by_stakeholder_look_shows() {
        for (FactSupport each : provenance.factSupport()) {
            String factId = each.fact().id();
            long stakeholders = count("MATCH (s:Stakeholder) WHERE $factId IN s.provenance RETURN count(s) AS n", factId);
            long relationships = count(
                    "MATCH (:Stakeholder)-[r]->(:Stakeholder) WHERE $factId IN r.provenance RETURN count(r) AS n", factId);
            long named = count("""
                    MATCH (s:Stakeholder) WHERE $factId IN s.provenance AND NOT 'illustrative' IN s.provenance
                    RETURN count(s) AS n""", factId);

            assertThat(each.stakeholders()).as(factId).isEqualTo(stakeholders);
            assertThat(each.relationships()).as(factId).isEqualTo(relationships);
            if (named > 0) {
                assertThat(provenanceOf(each.example())).as("example of " + factId).doesNotContain("illustrative");
            }
            assertThat(each.example() == null).as(factId).isEqualTo(stakeholders == 0);
        }
    }

    @Test
    void a_stakeholder_and_a_relationship_citing_a_fact_are_counted_for_it() {
        FactSupport before = support("F33");
        ProvenanceCounts countsBefore = provenance.stakeholderCounts();

        neo4j.query("""
                MATCH (existing:Stakeholder {id: 'yingpu'})
                CREATE (added:Stakeholder:Studio {id: 'provenance-test-studio', kind: 'Studio', name: '测试工作室',
                        nameEn: 'Test studio', aliases: [], provenance: ['F33']})
                CREATE (:Stakeholder:Studio {id: 'provenance-test-stand-in', kind: 'Studio', name: '示意工作室',
                        nameEn: 'Illustrative studio', aliases: [], provenance: ['illustrative', 'F33']})
                CREATE (:Stakeholder:Studio {id: 'provenance-test-noted', kind: 'Studio', name: '备注工作室',
                        nameEn: 'Noted studio', aliases: [], provenance: ['source: a site visit']})
                CREATE (existing)-[:INCUBATES {id: 'provenance-test-rel', provenance: ['F33']}]->(added)""").run();

        FactSupport after = support("F33");
        ProvenanceCounts countsAfter = provenance.stakeholderCounts();

        assertThat(after.stakeholders()).isEqualTo(before.stakeholders() + 2);
        assertThat(after.relationships()).isEqualTo(before.relationships() + 1);
        assertThat(countsAfter.factBacked()).isEqualTo(countsBefore.factBacked() + 1);
        assertThat(countsAfter.illustrative()).isEqualTo(countsBefore.illustrative() + 1);
        assertThat(countsAfter.other()).isEqualTo(countsBefore.other() + 1);
    }

    @Test
    void the_stakeholders_by_provenance_add_up_to_all_stakeholders_and_the_seed_has_both_kinds() {
        ProvenanceCounts counts = provenance.stakeholderCounts();

        assertThat(counts.total()).isEqualTo(count("MATCH (s:Stakeholder) RETURN count(s) AS n", ""));
        assertThat(counts.factBacked()).isPositive();
        assertThat(counts.illustrative()).isGreaterThan(counts.factBacked());
    }

    private FactSupport support(String factId) {
        return provenance.factSupport().stream().filter(each -> each.fact().id().equals(factId)).findFirst().orElseThrow();
    }

    private long count(String cypher, String factId) {
        return neo4j.query(cypher).bindAll(Map.of("factId", factId))
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
    }

    private List<String> provenanceOf(String stakeholderId) {
        return neo4j.query("MATCH (s:Stakeholder {id: $id}) RETURN s.provenance AS provenance").bind(stakeholderId).to("id")
                .fetchAs(List.class).mappedBy((types, row) -> row.get("provenance").asList(value -> value.asString()))
                .one().map(list -> list.stream().map(String::valueOf).toList()).orElseThrow();
    }
}
