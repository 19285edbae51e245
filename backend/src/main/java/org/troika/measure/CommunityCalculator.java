package org.troika.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;

/**
 * Communities by label propagation (Raghavan, Albert and Kumara 2007), with JGraphT. The algorithm
 * breaks ties at random and visits nodes in a random order; a fixed seed and the graph's fixed
 * vertex order (see {@link ScopeGraph}) make the same graph always give the same communities.
 */
final class CommunityCalculator {

    static final long SEED = 20_260_801L;
    /** Label propagation usually settles in a handful of rounds; the bound only guards against oscillation. */
    static final int MAX_ITERATIONS = 1_000;

    private CommunityCalculator() {
    }

    /**
     * The community of each node, numbered from 0 by decreasing size (ties by the smallest member
     * id), so that the numbers are stable too. A node without ties is a community of its own.
     */
    static <E> Map<String, Integer> communities(Graph<String, E> graph) {
        List<Set<String>> clusters = new ArrayList<>(
                new LabelPropagationClustering<>(graph, MAX_ITERATIONS, new Random(SEED)).getClustering().getClusters());
        clusters.sort(Comparator.<Set<String>>comparingInt(Set::size).reversed()
                .thenComparing(cluster -> Collections.min(cluster)));
        Map<String, Integer> community = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String v : clusters.get(i)) {
                community.put(v, i);
            }
        }
        return community;
    }

    /**
     * Newman's modularity of the partition: the share of ties inside communities minus the share
     * expected if ties were drawn at random with the same degrees. 0 for a graph without ties.
     */
    static <E> double modularity(Graph<String, E> graph, Map<String, Integer> community) {
        if (graph.edgeSet().isEmpty()) {
            return 0.0;
        }
        int count = community.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<Set<String>> partition = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            partition.add(new HashSet<>());
        }
        community.forEach((v, c) -> partition.get(c).add(v));
        return new UndirectedModularityMeasurer<>(graph).modularity(partition);
    }
}
