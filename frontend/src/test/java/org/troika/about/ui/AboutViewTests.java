package org.troika.about.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.ViewTest;
import org.troika.base.ui.UiLanguage;
import org.troika.fact.Fact;
import org.troika.fact.FactBook;

@ViewTest
class AboutViewTests extends SpringBrowserlessTest {

    @Autowired
    FactBook factBook;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void every_fact_is_listed_with_its_statement_its_figures_and_what_rests_on_it() {
        AboutView view = navigate(AboutView.class);
        var grid = test(view.facts);

        assertThat(grid.size()).isEqualTo(factBook.facts().size()).isGreaterThan(30);
        for (int row = 0; row < grid.size(); row++) {
            Fact fact = factBook.facts().get(row);
            assertThat(grid.getCellText(row, grid.getColumnPosition("id"))).isEqualTo(fact.id());
            assertThat(grid.getCellText(row, grid.getColumnPosition("statement"))).isEqualTo(fact.statementZh());
            assertThat(grid.getCellText(row, grid.getColumnPosition("stakeholders")))
                    .as(fact.id()).isEqualTo(String.valueOf(count("MATCH (s:Stakeholder) WHERE $factId IN s.provenance", fact.id())));
            assertThat(grid.getCellText(row, grid.getColumnPosition("relationships"))).as(fact.id()).isEqualTo(String.valueOf(
                    count("MATCH (:Stakeholder)-[s]->(:Stakeholder) WHERE $factId IN s.provenance", fact.id())));
        }
        int f05 = row(grid.size(), "F05");
        assertThat(grid.getCellText(f05, grid.getColumnPosition("figures"))).startsWith("203 · 55.0%");
    }

    @Test
    void the_explorer_link_of_a_fact_focuses_a_named_stakeholder_resting_on_it() {
        AboutView view = navigate(AboutView.class);
        var grid = test(view.facts);
        int f16 = row(grid.size(), "F16");

        Anchor link = (Anchor) grid.getCellComponent(f16, "explore");

        assertThat(link.getHref()).startsWith("./?focus=");
        String focused = link.getHref().substring("./?focus=".length());
        List<String> provenance = neo4j.query("MATCH (s:Stakeholder {id: $id}) RETURN s.provenance AS provenance")
                .bind(focused).to("id").fetchAs(List.class).mappedBy((types, row) -> row.get("provenance").asList())
                .one().orElseThrow();
        assertThat(provenance).contains("F16").doesNotContain("illustrative");
    }

    @Test
    void the_stakeholders_are_counted_by_provenance_as_the_graph_has_them() {
        AboutView view = navigate(AboutView.class);
        long illustrative = count("MATCH (s:Stakeholder) WHERE 'illustrative' IN s.provenance", "");
        long factBacked = count("""
                MATCH (s:Stakeholder) WHERE NOT 'illustrative' IN s.provenance
                  AND any(cited IN s.provenance WHERE cited =~ 'F[0-9]+')""", "");

        assertThat(view.illustrative.getText()).isEqualTo("示意主体:" + String.format("%,d", illustrative));
        assertThat(view.factBacked.getText()).isEqualTo("依据文章事实:" + String.format("%,d", factBacked));
        assertThat(illustrative).isPositive();
        assertThat(factBacked).isPositive();
    }

    @Test
    void in_english_the_page_explains_provenance_with_a_fact_of_its_own_and_lists_the_english_statements() {
        AboutView view = navigate(AboutView.class);

        UiLanguage.choose(UI.getCurrent(), UiLanguage.ENGLISH);

        Fact f05 = factBook.fact(AboutView.EXAMPLE_FACT).orElseThrow();
        assertThat(view.provenanceFacts.getText()).contains("F05", f05.statement());
        var grid = test(view.facts);
        assertThat(grid.getCellText(0, grid.getColumnPosition("statement"))).isEqualTo(factBook.facts().getFirst().statement());
        assertThat(view.source.getText()).contains(factBook.facts().size() + " numbered facts (F01 to F34)");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).last().isEqualTo("About");
    }

    private int row(int rows, String factId) {
        for (int row = 0; row < rows; row++) {
            if (factBook.facts().get(row).id().equals(factId)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + factId);
    }

    private long count(String match, String factId) {
        return neo4j.query(match + " RETURN count(s) AS n").bindAll(Map.of("factId", factId))
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
    }
}
