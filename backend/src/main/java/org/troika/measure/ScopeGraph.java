package org.troika.measure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The graph of one scope as the measures see it: simple, undirected and unweighted, with each
 * member's kind beside it. Vertices and edges are added in id order, so that the same members and
 * ties always give the same graph, whatever order the database returned them in: JGraphT iterates
 * in insertion order, and the community detection depends on that order.
 */
record ScopeGraph(String scopeId, boolean includePeople, Map<String, String> kinds, Graph<String, DefaultEdge> graph) {

    /**
     * @param kinds the kind of each member, by id
     * @param ties  unordered pairs of member ids; repeated pairs and self-loops are dropped
     */
    static ScopeGraph of(String scopeId, boolean includePeople, Map<String, String> kinds,
                         Collection<List<String>> ties) {
        Map<String, String> sortedKinds = new TreeMap<>(kinds);
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        sortedKinds.keySet().forEach(graph::addVertex);
        List<List<String>> sortedTies = new ArrayList<>();
        for (List<String> tie : ties) {
            String a = tie.get(0);
            String b = tie.get(1);
            if (!a.equals(b)) {
                sortedTies.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
            }
        }
        sortedTies.sort(Comparator.<List<String>, String>comparing(tie -> tie.get(0)).thenComparing(tie -> tie.get(1)));
        for (List<String> tie : sortedTies) {
            graph.addEdge(tie.get(0), tie.get(1));
        }
        return new ScopeGraph(scopeId, includePeople, sortedKinds, graph);
    }

    int nodeCount() {
        return graph.vertexSet().size();
    }

    int edgeCount() {
        return graph.edgeSet().size();
    }
}
