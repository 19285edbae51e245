package org.troika.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubgraphTests {

    static final Subgraph SCENE = new Subgraph(
            List.of(new GraphNode("firm", "PropertyFirm", "物业", null, List.of("F22")),
                    new GraphNode("estate", "Estate", "小区", null, List.of("illustrative"))),
            List.of(new GraphLink("firm-SERVES-estate", "SERVES", "firm", "estate",
                            LocalDate.of(2020, 4, 8), LocalDate.of(2023, 4, 7)),
                    new GraphLink("firm-MEETS_IN-estate", "MEETS_IN", "firm", "estate", LocalDate.of(2021, 1, 1), null),
                    new GraphLink("estate-LOCATED_IN-firm", "LOCATED_IN", "estate", "firm")),
            false);

    @Test
    void as_of_a_day_keeps_every_stakeholder_and_only_the_relationships_valid_that_day() {
        assertThat(SCENE.asOf(LocalDate.of(2019, 12, 31)).links()).extracting(GraphLink::type).containsExactly("LOCATED_IN");
        assertThat(SCENE.asOf(LocalDate.of(2020, 4, 8)).links()).extracting(GraphLink::type).containsExactly("SERVES", "LOCATED_IN");
        assertThat(SCENE.asOf(LocalDate.of(2023, 4, 7)).links()).extracting(GraphLink::type)
                .containsExactly("SERVES", "MEETS_IN", "LOCATED_IN");
        assertThat(SCENE.asOf(LocalDate.of(2023, 4, 8)).links()).extracting(GraphLink::type).containsExactly("MEETS_IN", "LOCATED_IN");
        assertThat(SCENE.asOf(LocalDate.of(2023, 4, 8)).nodes()).isEqualTo(SCENE.nodes());
    }

    @Test
    void as_of_no_day_is_the_whole_scene() {
        assertThat(SCENE.asOf(null)).isEqualTo(SCENE);
    }

    @Test
    void a_neighbourhood_drawn_keeps_the_dates_of_its_relationships_and_reads_a_year_as_no_date() {
        var neighbourhood = new Neighbourhood(
                List.of(Map.of("id", "a", "kind", "Estate", "name", "甲", "provenance", List.of("F01"))),
                List.of(new Link("a-SERVES-a", "SERVES", "a", "a", Map.of("since", LocalDate.of(2020, 1, 1))),
                        new Link("a-REVIEWS-a", "REVIEWS", "a", "a", Map.of("since", 2019L))),
                false);

        assertThat(Subgraph.of(neighbourhood).links()).extracting(GraphLink::since, GraphLink::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 1, 1), null),
                        org.assertj.core.groups.Tuple.tuple(null, null));
    }
}
