package org.troika.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measures put together, on graphs small enough to check by hand. */
class ScopeMeasuresTests {

    @Test
    void the_bridge_between_two_triangles_is_the_first_broker() {
        ScopeMeasures measures = NetworkMeasureService.measure(KnownGraphs.twoTrianglesAndBridge());

        assertThat(measures.nodeCount()).isEqualTo(7);
        assertThat(measures.edgeCount()).isEqualTo(8);
        // x (constraint 1/2) before a3 and b1 (11/18 each, equal betweenness 8/15, so by id)
        assertThat(measures.brokers()).extracting(NodeMeasures::id).startsWith("x", "a3", "b1");
        assertThat(measures.communities()).extracting(Community::size).containsExactly(4, 3);
        assertThat(measures.nodes()).extracting(NodeMeasures::id)
                .containsExactly("a1", "a2", "a3", "b1", "b2", "b3", "x");
    }

    @Test
    void a_graph_given_as_kinds_and_ties_is_measured_like_a_scope() {
        var kinds = Map.of("c", "Test", "l1", "Test", "l2", "Test", "l3", "Test", "l4", "Test");
        var ties = List.of(List.of("c", "l1"), List.of("l2", "c"), List.of("c", "l3"),
                List.of("c", "l4"), List.of("c", "elsewhere"));

        ScopeMeasures star = new NetworkMeasureService(null).measureGraph("scene", kinds, ties);

        // the tie to an id outside the graph is left out: the same star as KnownGraphs.star()
        assertThat(star.edgeCount()).isEqualTo(4);
        assertThat(star.brokers()).extracting(NodeMeasures::id).containsExactly("c");
        assertThat(star.brokers().getFirst().betweenness()).isEqualTo(1.0);
    }

    @Test
    void leaves_of_a_star_are_not_brokers() {
        ScopeMeasures star = NetworkMeasureService.measure(KnownGraphs.star());

        assertThat(star.brokers()).extracting(NodeMeasures::id).containsExactly("c");
        NodeMeasures centre = star.brokers().getFirst();
        assertThat(centre.degree()).isEqualTo(4);
        assertThat(centre.normalisedDegree()).isEqualTo(1.0);
        assertThat(centre.betweenness()).isEqualTo(1.0);
        assertThat(centre.constraint()).isCloseTo(0.25, within(1e-12));
        assertThat(centre.effectiveSize()).isEqualTo(4.0);
        assertThat(centre.kind()).isEqualTo("Test");
    }

    @Test
    void page_ranks_of_a_scope_sum_to_one() {
        ScopeMeasures path = NetworkMeasureService.measure(KnownGraphs.path());

        assertThat(path.nodes().stream().mapToDouble(NodeMeasures::pageRank).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void brokers_are_cut_at_the_number_asked_for() {
        ScopeMeasures measures = NetworkMeasureService.measure(KnownGraphs.twoTrianglesAndBridge());

        assertThat(NetworkMeasureService.brokers(measures.nodes(), 1)).extracting(NodeMeasures::id).containsExactly("x");
        assertThat(NetworkMeasureService.brokers(measures.nodes(), 0)).isEmpty();
    }
}
