package org.troika.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.troika.measure.BrokerageCalculator.Brokerage;

/**
 * Network measures over a scope: degree, betweenness, PageRank, communities and Burt's brokerage,
 * on the scope's graph taken as undirected and unweighted. Each call reads the graph afresh and
 * computes in memory outside the database transaction; nothing is cached.
 */
@Service
public class NetworkMeasureService {

    /** How many brokers {@link ScopeMeasures#brokers()} lists. */
    public static final int TOP_BROKERS = 10;

    /**
     * Brokers first: the lowest constraint, then the highest betweenness, then by id so that the
     * order is total.
     */
    static final Comparator<NodeMeasures> BROKERS_FIRST = Comparator.comparingDouble(NodeMeasures::constraint)
            .thenComparing(Comparator.comparingDouble(NodeMeasures::betweenness).reversed())
            .thenComparing(NodeMeasures::id);

    private final ScopeGraphLoader loader;

    NetworkMeasureService(ScopeGraphLoader loader) {
        this.loader = loader;
    }

    /**
     * The measures of every stakeholder of a scope, its communities and its top brokers.
     *
     * @param scopeId       a district, sub-district or residents' committee id
     * @param includePeople whether to add the people tied to the scope's organisations
     * @throws IllegalArgumentException {@code Unknown scope '<id>'} when no stakeholder has the id,
     *                                  or when the scope has more than 50,000 members
     */
    public ScopeMeasures measure(String scopeId, boolean includePeople) {
        return measure(scopeId, includePeople, null);
    }

    /** The measures with only the relationships valid on {@code asOf} as ties; all of them when it is null. */
    public ScopeMeasures measure(String scopeId, boolean includePeople, LocalDate asOf) {
        return measure(loader.load(scopeId, includePeople, asOf));
    }

    /**
     * The stakeholders of a scope that bridge otherwise separate parts of it: those with at least
     * two ties, the lowest Burt's constraint first, then the highest betweenness.
     *
     * @param first how many to return, at most; 0 gives none
     * @throws IllegalArgumentException as {@link #measure}, or when {@code first} is negative
     */
    public List<NodeMeasures> brokers(String scopeId, boolean includePeople, int first) {
        return brokers(scopeId, includePeople, first, null);
    }

    /** The brokers with only the relationships valid on {@code asOf} as ties. */
    public List<NodeMeasures> brokers(String scopeId, boolean includePeople, int first, LocalDate asOf) {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative, was " + first);
        }
        return brokers(measure(scopeId, includePeople, asOf).nodes(), first);
    }

    /**
     * The measures of a graph given as it is, such as the scene the explorer shows: stakeholder kinds by
     * id and ties as id pairs (ties to ids not listed are ignored). No database is read.
     */
    public ScopeMeasures measureGraph(String name, Map<String, String> kindsById, Collection<List<String>> ties) {
        var known = ties.stream().filter(tie -> kindsById.containsKey(tie.get(0)) && kindsById.containsKey(tie.get(1))).toList();
        return measure(ScopeGraph.of(name, true, kindsById, known));
    }

    static ScopeMeasures measure(ScopeGraph scope) {
        var graph = scope.graph();
        int n = scope.nodeCount();
        Map<String, Integer> degree = CentralityCalculator.degree(graph);
        Map<String, Double> betweenness = CentralityCalculator.betweenness(graph);
        Map<String, Double> pageRank = CentralityCalculator.pageRank(graph);
        Map<String, Integer> community = CommunityCalculator.communities(graph);
        Map<String, Brokerage> brokerage = BrokerageCalculator.brokerage(graph);

        List<NodeMeasures> nodes = new ArrayList<>(n);
        for (var member : scope.kinds().entrySet()) {
            String id = member.getKey();
            int d = degree.get(id);
            Brokerage b = brokerage.get(id);
            nodes.add(new NodeMeasures(id, member.getValue(), d, CentralityCalculator.normalisedDegree(d, n),
                    betweenness.get(id), pageRank.get(id), community.get(id), b.constraint(), b.effectiveSize()));
        }
        return new ScopeMeasures(scope.scopeId(), scope.includePeople(), n, scope.edgeCount(),
                CommunityCalculator.modularity(graph, community), List.copyOf(nodes), communities(community),
                brokers(nodes, TOP_BROKERS));
    }

    /** A stakeholder with one tie cannot stand between others (its constraint is 1), so brokers need two. */
    static List<NodeMeasures> brokers(List<NodeMeasures> nodes, int first) {
        return nodes.stream()
                .filter(node -> node.degree() >= 2)
                .sorted(BROKERS_FIRST)
                .limit(first)
                .toList();
    }

    private static List<Community> communities(Map<String, Integer> community) {
        Map<Integer, Integer> sizes = new TreeMap<>();
        community.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
        return sizes.entrySet().stream().map(e -> new Community(e.getKey(), e.getValue())).toList();
    }
}
