package org.troika.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.troika.measure.BrokerageCalculator.Brokerage;

class BrokerageCalculatorTests {

    @Test
    void the_centre_of_a_star_is_unconstrained_and_its_leaves_fully_constrained() {
        Map<String, Brokerage> star = BrokerageCalculator.brokerage(KnownGraphs.star().graph());

        // centre: 4 neighbours, p = 1/4 each, no leaf tied to another: c = 4 × (1/4)² = 0.25
        assertThat(star.get("c").constraint()).isCloseTo(0.25, within(1e-12));
        // leaf: its one neighbour takes all its ties, p = 1, no q: c = 1² = 1
        assertThat(star.get("l1").constraint()).isCloseTo(1.0, within(1e-12));
        // centre: n = 4, t = 0 ties among the leaves: 4 − 0 = 4; leaf: 1 − 0 = 1
        assertThat(star.get("c").effectiveSize()).isEqualTo(4.0);
        assertThat(star.get("l2").effectiveSize()).isEqualTo(1.0);
    }

    @Test
    void the_inner_nodes_of_a_path_broker_between_its_halves() {
        Map<String, Brokerage> path = BrokerageCalculator.brokerage(KnownGraphs.path().graph());

        // b: neighbours a and c, p = 1/2, a and c untied: c_b = 2 × (1/2)² = 0.5, effective size 2 − 0 = 2
        assertThat(path.get("b").constraint()).isCloseTo(0.5, within(1e-12));
        assertThat(path.get("b").effectiveSize()).isEqualTo(2.0);
        // a: one neighbour: c_a = 1, effective size 1
        assertThat(path.get("a").constraint()).isCloseTo(1.0, within(1e-12));
        assertThat(path.get("a").effectiveSize()).isEqualTo(1.0);
    }

    @Test
    void the_bridge_between_two_triangles_is_the_least_constrained() {
        Map<String, Brokerage> graph = BrokerageCalculator.brokerage(KnownGraphs.twoTrianglesAndBridge().graph());

        // x: neighbours a3 and b1, untied: 2 × (1/2)² = 1/2; effective size 2 − 0 = 2
        assertThat(graph.get("x").constraint()).isCloseTo(0.5, within(1e-12));
        assertThat(graph.get("x").effectiveSize()).isEqualTo(2.0);
        // a3: neighbours a1, a2, x (degree 2, 2, 2), p = 1/3; a1 and a2 are tied:
        //   j = a1: (1/3 + p(a3,a2) · p(a2,a1)) = (1/3 + 1/3 · 1/2)² = (1/2)² = 1/4; j = a2 likewise 1/4;
        //   j = x: no q tied to x, (1/3)² = 1/9; c = 1/4 + 1/4 + 1/9 = 11/18
        assertThat(graph.get("a3").constraint()).isCloseTo(11.0 / 18, within(1e-12));
        // a3: n = 3, t = 1 (a1–a2): 3 − 2 · 1/3 = 7/3
        assertThat(graph.get("a3").effectiveSize()).isCloseTo(7.0 / 3, within(1e-12));
        // a1: neighbours a2 (degree 2) and a3 (degree 3), p = 1/2, tied to each other:
        //   j = a2: (1/2 + 1/2 · 1/3)² = (2/3)² = 4/9; j = a3: (1/2 + 1/2 · 1/2)² = (3/4)² = 9/16;
        //   c = 4/9 + 9/16 = 145/144; effective size 2 − 2 · 1/2 = 1
        assertThat(graph.get("a1").constraint()).isCloseTo(145.0 / 144, within(1e-12));
        assertThat(graph.get("a1").effectiveSize()).isEqualTo(1.0);
    }

    @Test
    void a_stakeholder_without_ties_has_no_brokerage_to_measure() {
        var graph = KnownGraphs.path().graph();
        graph.addVertex("alone");

        Brokerage alone = BrokerageCalculator.brokerage(graph).get("alone");

        assertThat(alone.constraint()).isNaN();
        assertThat(alone.effectiveSize()).isNaN();
    }
}
