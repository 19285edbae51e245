package org.troika.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CommunityCalculatorTests {

    @Test
    void two_triangles_joined_by_a_bridge_are_two_communities() {
        var graph = KnownGraphs.twoTrianglesAndBridge().graph();

        Map<String, Integer> community = CommunityCalculator.communities(graph);

        assertThat(community.values()).containsOnly(0, 1);
        assertThat(community.get("a1")).isEqualTo(community.get("a2")).isEqualTo(community.get("a3"));
        assertThat(community.get("b1")).isEqualTo(community.get("b2")).isEqualTo(community.get("b3"));
        assertThat(community.get("a1")).isNotEqualTo(community.get("b1"));
        // 8 ties, 2m = 16; with x on one side the inside ties are 3 + 4 = 7 of 8 and the degree sums 7 and 9 (or 9 and 7):
        // Q = 7/8 − ((7/16)² + (9/16)²) = 0.875 − 130/256 ≈ 0.3672
        assertThat(CommunityCalculator.modularity(graph, community)).isCloseTo(0.875 - 130.0 / 256, within(1e-12));
    }

    @Test
    void the_same_ties_in_any_order_give_the_same_communities() {
        List<String> ties = new ArrayList<>(List.of("a1-a2", "a2-a3", "a1-a3", "a3-x", "x-b1", "b1-b2", "b2-b3",
                "b1-b3", "b3-y", "y-z", "z-c1", "c1-c2", "c2-c3", "c1-c3", "c3-a1"));
        Map<String, Integer> first = CommunityCalculator.communities(KnownGraphs.graph(ties.toArray(String[]::new)).graph());

        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(ties, new Random(seed));
            var reordered = KnownGraphs.graph(ties.stream().map(CommunityCalculatorTests::reversedSometimes)
                    .toArray(String[]::new));
            assertThat(CommunityCalculator.communities(reordered.graph())).isEqualTo(first);
        }
    }

    @Test
    void communities_are_numbered_by_decreasing_size_and_a_stakeholder_without_ties_is_its_own() {
        var graph = KnownGraphs.graph("a-b", "b-c", "a-c", "c-d", "d-a", "x-y").graph();
        graph.addVertex("alone");

        Map<String, Integer> community = CommunityCalculator.communities(graph);

        assertThat(community).containsEntry("a", 0).containsEntry("d", 0)
                .containsEntry("x", 1).containsEntry("y", 1)
                .containsEntry("alone", 2);
    }

    private static String reversedSometimes(String tie) {
        String[] ends = tie.split("-");
        return tie.hashCode() % 2 == 0 ? ends[1] + "-" + ends[0] : tie;
    }
}
