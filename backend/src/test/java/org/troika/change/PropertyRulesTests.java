package org.troika.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.TroikaTest;

@TroikaTest
class PropertyRulesTests {

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    ProvenanceCheck provenance;

    @Test
    void every_stakeholder_of_the_seed_keeps_the_rules_a_mutation_is_held_to() {
        var stakeholders = neo4j.query("MATCH (n:Stakeholder) RETURN properties(n) AS properties")
                .fetchAs(Map.class).mappedBy((types, row) -> row.get("properties").asMap()).all();
        List<String> broken = new ArrayList<>();
        for (Map<?, ?> stakeholder : stakeholders) {
            stakeholder.forEach((property, value) -> PropertyRules.problem((String) property, value)
                    .ifPresent(problem -> broken.add(stakeholder.get("id") + ": " + problem)));
            var problems = new Problems();
            provenance.check("provenance", stakeholder.get("provenance"), problems);
            if (problems.any()) {
                broken.add(stakeholder.get("id") + ": provenance " + stakeholder.get("provenance"));
            }
        }

        assertThat(stakeholders).hasSizeGreaterThan(1_000);
        assertThat(broken).isEmpty();
    }

    @Test
    void values_out_of_their_vocabulary_or_range_are_named_with_what_is_allowed() {
        assertThat(PropertyRules.problem("studioType", "cooking")).contains(
                "studioType 'cooking' is not one of [legal-affairs, mediation, party-member]");
        assertThat(PropertyRules.problem("level", 7)).contains("level is 0 for the grid itself or 1 to 4 for its levels, not 7");
        assertThat(PropertyRules.problem("founded", 1800)).contains("founded is a year from 1949 to 2100, not 1800");
        assertThat(PropertyRules.problem("threshold", 15.0)).contains("threshold is a share from 0 to 1 (0.15 for 15 percent), not 15.0");
        assertThat(PropertyRules.problem("population", -3)).contains("population cannot be negative, was -3");
        assertThat(PropertyRules.problem("scenarios", List.of("投票", " "))).contains("scenarios cannot hold a blank entry");
        assertThat(PropertyRules.problem("nameEn", null)).isEmpty();
    }

    @Test
    void a_source_note_is_provenance_but_an_empty_one_is_not() {
        var problems = new Problems();
        assertThat(provenance.check("provenance", List.of("source: 2024 register", "F05", "F05"), problems))
                .containsExactly("source: 2024 register", "F05");
        assertThat(problems.any()).isFalse();

        provenance.check("provenance", List.of("source:  "), problems);
        assertThat(problems.any()).isTrue();
    }
}
