package org.troika.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CentralityCalculatorTests {

    @Test
    void the_centre_of_a_star_lies_on_every_path_between_its_leaves() {
        var star = KnownGraphs.star().graph();

        // the centre is tied to all 4 others; each leaf to the centre only
        assertThat(CentralityCalculator.degree(star)).containsEntry("c", 4).containsEntry("l1", 1);
        // 4 of n − 1 = 4 possible ties; 1 of 4
        assertThat(CentralityCalculator.normalisedDegree(4, 5)).isEqualTo(1.0);
        assertThat(CentralityCalculator.normalisedDegree(1, 5)).isEqualTo(0.25);
        // the centre is on the one shortest path of each of the 6 pairs of leaves: 6 / ((5−1)(5−2)/2) = 6 / 6
        assertThat(CentralityCalculator.betweenness(star))
                .containsEntry("c", 1.0)
                .containsEntry("l1", 0.0).containsEntry("l2", 0.0).containsEntry("l3", 0.0).containsEntry("l4", 0.0);
    }

    @Test
    void the_inner_nodes_of_a_path_carry_the_paths_that_cross_them() {
        var path = KnownGraphs.path().graph();

        // b is on a–c and a–d, c on b–d and a–d: 2 pairs of the (4−1)(4−2)/2 = 3, so 2/3; the ends are on none
        Map<String, Double> betweenness = CentralityCalculator.betweenness(path);
        assertThat(betweenness.get("b")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(betweenness.get("c")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(betweenness).containsEntry("a", 0.0).containsEntry("d", 0.0);
    }

    @Test
    void page_rank_of_a_path_matches_the_hand_solved_equations() {
        // with damping d = 0.85 and symmetry (a = d, b = c):
        //   a = 0.15/4 + 0.85 · b/2
        //   b = 0.15/4 + 0.85 · (a/1 + c/2) = 0.0375 + 0.85a + 0.425b
        // substituting a: 0.21375 b = 0.069375, so b = 37/114 ≈ 0.32456 and a = 1/2 − b = 10/57 ≈ 0.17544
        Map<String, Double> rank = CentralityCalculator.pageRank(KnownGraphs.path().graph());

        assertThat(rank.get("a")).isCloseTo(10.0 / 57, within(1e-5));
        assertThat(rank.get("d")).isCloseTo(10.0 / 57, within(1e-5));
        assertThat(rank.get("b")).isCloseTo(37.0 / 114, within(1e-5));
        assertThat(rank.get("c")).isCloseTo(37.0 / 114, within(1e-5));
    }

    @Test
    void page_rank_of_a_star_matches_the_hand_solved_equations() {
        // centre s and leaves l: l = 0.15/5 + 0.85 · s/4, s = 0.15/5 + 0.85 · 4l
        // so s = 0.03 + 3.4 (0.03 + 0.2125 s), 0.2775 s = 0.132, s ≈ 0.475676, l ≈ 0.131081
        Map<String, Double> rank = CentralityCalculator.pageRank(KnownGraphs.star().graph());

        assertThat(rank.get("c")).isCloseTo(0.132 / 0.2775, within(1e-5));
        assertThat(rank.get("l3")).isCloseTo(0.03 + 0.2125 * 0.132 / 0.2775, within(1e-5));
    }

    @Test
    void page_rank_sums_to_one_even_with_a_stakeholder_without_ties() {
        var graph = KnownGraphs.twoTrianglesAndBridge().graph();
        graph.addVertex("alone");

        double sum = CentralityCalculator.pageRank(graph).values().stream().mapToDouble(Double::doubleValue).sum();

        assertThat(sum).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void the_bridge_between_two_triangles_has_the_highest_betweenness() {
        // x joins 3 × 3 = 9 pairs across the triangles: 9 / ((7−1)(7−2)/2) = 9/15 = 0.6;
        // a3 joins a1 and a2 to x, b1, b2, b3: 2 × 4 = 8 pairs, 8/15
        Map<String, Double> betweenness = CentralityCalculator.betweenness(KnownGraphs.twoTrianglesAndBridge().graph());

        assertThat(betweenness.get("x")).isCloseTo(0.6, within(1e-12));
        assertThat(betweenness.get("a3")).isCloseTo(8.0 / 15, within(1e-12));
        assertThat(betweenness.get("b1")).isCloseTo(8.0 / 15, within(1e-12));
        assertThat(betweenness.get("a1")).isZero();
    }
}
