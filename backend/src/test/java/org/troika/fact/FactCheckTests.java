package org.troika.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.TroikaTest;

@TroikaTest
class FactCheckTests {

    /** The facts of FACTS.md that publish a number the graph can reproduce. */
    static final Set<String> FACTS_WITH_FIGURES = Set.of(
            "F01", "F02", "F04", "F05", "F06", "F07", "F08", "F09", "F10", "F11", "F12", "F13", "F14", "F15",
            "F16", "F17", "F20", "F21", "F22", "F23", "F24", "F25", "F27", "F28", "F31", "F32");

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    FactCheckService factChecks;

    @Test
    void every_published_figure_is_reproduced_by_the_graph() {
        List<FactCheck> checks = factChecks.checkAll();

        assertThat(checks).allSatisfy(check -> assertThat(check.holds())
                .as("%s %s: published %s, computed %s", check.factId(), check.check(), check.published(), check.computed())
                .isTrue());
        Set<String> checked = new TreeSet<>(checks.stream().map(FactCheck::factId).toList());
        assertThat(checked).containsAll(FACTS_WITH_FIGURES);
    }

    @Test
    void the_fact_check_query_writes_published_and_computed_figures_alike() {
        var checks = graphQl.documentName("factCheck").execute()
                .path("factCheck").entityList(Map.class).get();

        assertThat(checks).hasSizeGreaterThanOrEqualTo(40);
        assertThat(checks).allSatisfy(check -> assertThat(check.get("holds")).isEqualTo(true));
        assertThat(checks).anySatisfy(check -> assertThat(check).containsEntry("factId", "F05")
                .containsEntry("published", "55.0%").containsEntry("computed", "55.0%"));
        assertThat(checks).anySatisfy(check -> assertThat(check).containsEntry("factId", "F31")
                .containsEntry("published", "636,381.26 m²").containsEntry("computed", "636,381.26 m²"));
        assertThat(checks).anySatisfy(check -> assertThat(check).containsEntry("factId", "F24")
                .containsEntry("published", "600+"));
    }
}
