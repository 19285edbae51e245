package org.troika.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Burt's brokerage measures for undirected, unweighted ties, from their definitions (JGraphT has
 * none). With N(i) the neighbours of i, n_i = |N(i)| and p_ij = 1 / n_i the share of i's ties that
 * goes to a neighbour j (Burt 1992, Structural Holes, ch. 2; as in networkx for unweighted graphs):
 * <ul>
 *   <li>constraint c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i), q ≠ i, j} p_iq · p_qj)², where p_qj =
 *       1 / n_q when q and j are tied and 0 otherwise: how much i's ties lead to one another;
 *   <li>effective size e_i = n_i − 2 t_i / n_i, with t_i the ties among i's neighbours (Borgatti
 *       1997's form of Burt's redundancy for unweighted graphs): the neighbours that are not
 *       redundant.
 * </ul>
 * Both are undefined (NaN) for a node without ties.
 */
final class BrokerageCalculator {

    private BrokerageCalculator() {
    }

    record Brokerage(double constraint, double effectiveSize) {
    }

    static <E> Map<String, Brokerage> brokerage(Graph<String, E> graph) {
        Map<String, Brokerage> result = new HashMap<>();
        for (String i : graph.vertexSet()) {
            result.put(i, of(graph, i));
        }
        return result;
    }

    private static <E> Brokerage of(Graph<String, E> graph, String i) {
        List<String> neighbours = Graphs.neighborListOf(graph, i);
        int n = neighbours.size();
        if (n == 0) {
            return new Brokerage(Double.NaN, Double.NaN);
        }
        double p = 1.0 / n;
        double constraint = 0.0;
        int tiesAmongNeighbours = 0;
        for (String j : neighbours) {
            double indirect = 0.0;
            for (String q : neighbours) {
                // q ≠ j holds for q tied to j in a graph without self-loops, q ≠ i because i is not its own neighbour
                if (graph.containsEdge(q, j)) {
                    indirect += p / graph.degreeOf(q);
                    tiesAmongNeighbours++;
                }
            }
            constraint += (p + indirect) * (p + indirect);
        }
        // every tie among the neighbours was seen from both of its ends
        tiesAmongNeighbours /= 2;
        double effectiveSize = n - 2.0 * tiesAmongNeighbours / n;
        return new Brokerage(constraint, effectiveSize);
    }
}
