package org.troika.measure;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;

/** Degree, betweenness and PageRank of every node of an undirected graph, with JGraphT. */
final class CentralityCalculator {

    static final double DAMPING = 0.85;
    static final int PAGE_RANK_MAX_ITERATIONS = 100;
    static final double PAGE_RANK_TOLERANCE = 1e-6;

    private CentralityCalculator() {
    }

    /** The number of distinct neighbours of each node. */
    static <E> Map<String, Integer> degree(Graph<String, E> graph) {
        Map<String, Integer> degrees = new HashMap<>();
        graph.vertexSet().forEach(v -> degrees.put(v, graph.degreeOf(v)));
        return degrees;
    }

    /** Degree divided by the n − 1 others a node could be tied to; 0 in a graph of one node. */
    static double normalisedDegree(int degree, int nodeCount) {
        return nodeCount > 1 ? (double) degree / (nodeCount - 1) : 0.0;
    }

    /**
     * Brandes' betweenness: the share of shortest paths between other pairs of nodes that pass
     * through a node, summed over the pairs, normalised by the (n − 1)(n − 2) / 2 pairs of an
     * undirected graph, so that the centre of a star scores 1. JGraphT's own normalisation divides
     * by (n − 1)(n − 2), the count for directed graphs, which would give that centre 0.5; hence the
     * raw scores, normalised here.
     */
    static <E> Map<String, Double> betweenness(Graph<String, E> graph) {
        int n = graph.vertexSet().size();
        double pairs = (n - 1.0) * (n - 2.0) / 2.0;
        Map<String, Double> scores = new HashMap<>(new BetweennessCentrality<>(graph, false).getScores());
        if (pairs > 0) {
            scores.replaceAll((v, score) -> score / pairs);
        }
        return scores;
    }

    /**
     * PageRank with damping 0.85, each undirected tie followed both ways; a node without ties
     * spreads its rank over all nodes, so the ranks sum to 1.
     */
    static <E> Map<String, Double> pageRank(Graph<String, E> graph) {
        if (graph.vertexSet().isEmpty()) {
            return Map.of();
        }
        return new PageRank<>(graph, DAMPING, PAGE_RANK_MAX_ITERATIONS, PAGE_RANK_TOLERANCE).getScores();
    }
}
