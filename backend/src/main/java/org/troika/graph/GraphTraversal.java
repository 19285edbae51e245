package org.troika.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;
import org.troika.base.NotFoundException;
import org.troika.stakeholder.StakeholderKind;
import org.troika.stakeholder.StakeholderQueries;
import org.troika.stakeholder.StakeholderView;

/**
 * Follows the graph from stakeholders: neighbourhoods ring by ring, shortest paths between two, and
 * paths between two kinds in a scope. Every operation is bounded in depth, length and size.
 */
@Service
@Transactional(readOnly = true)
public class GraphTraversal {

    public static final int MAX_DEPTH = 4;
    public static final int MAX_NODES = 2_500;
    public static final int MAX_PATH_LENGTH = 6;
    public static final int MAX_PATHS = 50;
    public static final int MAX_KIND_PATH_LENGTH = 4;

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final StakeholderQueries stakeholders;

    GraphTraversal(NamedQueries queries, Neo4jClient neo4j, StakeholderQueries stakeholders) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.stakeholders = stakeholders;
    }

    /**
     * The stakeholders within {@code depth} relationships of one, breadth first, at most {@code limit}
     * of them (the start included): one statement per ring.
     */
    public Neighbourhood neighbourhood(String id, int depth, List<String> relationshipTypes, List<String> kinds,
                                       int limit, LocalDate asOf) {
        requireBetween("depth", depth, 1, MAX_DEPTH);
        requireBetween("limit", limit, 1, MAX_NODES);
        Map<String, Object> start = stakeholder(id);
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        nodes.put(id, start);
        Map<String, Link> links = new LinkedHashMap<>();
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int ring = 1; ring <= depth && !frontier.isEmpty() && !truncated; ring++) {
            List<String> next = new ArrayList<>();
            for (Map<String, Object> row : expand(frontier, relationshipTypes, kinds, asOf, 4 * limit + 1)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> other = (Map<String, Object>) row.get("stakeholder");
                String otherId = (String) other.get("id");
                if (!nodes.containsKey(otherId)) {
                    if (nodes.size() >= limit) {
                        truncated = true;
                        continue;
                    }
                    nodes.put(otherId, StakeholderView.of(other));
                    next.add(otherId);
                }
                @SuppressWarnings("unchecked")
                Link link = Link.of((Map<String, Object>) row.get("link"));
                links.putIfAbsent(link.id(), link);
            }
            frontier = next;
        }
        List<Link> kept = links.values().stream()
                .filter(link -> nodes.containsKey(link.source()) && nodes.containsKey(link.target()))
                .toList();
        return new Neighbourhood(List.copyOf(nodes.values()), kept, truncated);
    }

    /** The shortest paths between two stakeholders, at most {@code maxLength} relationships long. */
    public List<GraphPath> shortestPaths(String from, String to, int maxLength, int limit, LocalDate asOf) {
        requireBetween("maxLength", maxLength, 1, MAX_PATH_LENGTH);
        requireBetween("limit", limit, 1, MAX_PATHS);
        Map<String, Object> start = stakeholder(from);
        stakeholder(to);
        if (from.equals(to)) {
            // A stakeholder is linked to itself by the path of no relationships, which Neo4j's shortest path refuses.
            return List.of(new GraphPath(List.of(start), List.of()));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("maxLength", maxLength);
        parameters.put("limit", limit);
        parameters.put("asOf", asOf);
        return paths("graph/shortest-paths", parameters);
    }

    /** For pairs of a kind and another kind inside a scope, a shortest path between them; the shortest first. */
    public List<GraphPath> pathsBetweenKinds(String fromKind, String toKind, String scopeId, int maxLength, int limit) {
        requireKind(fromKind);
        requireKind(toKind);
        requireBetween("maxLength", maxLength, 1, MAX_KIND_PATH_LENGTH);
        requireBetween("limit", limit, 1, MAX_PATHS);
        stakeholder(scopeId);
        return paths("graph/paths-between-kinds", Map.of("fromKind", fromKind, "toKind", toKind, "scopeId", scopeId,
                "maxLength", maxLength, "limit", limit));
    }

    private List<Map<String, Object>> expand(List<String> frontier, List<String> types, List<String> kinds,
                                             LocalDate asOf, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frontier", frontier);
        parameters.put("types", types);
        parameters.put("kinds", kinds);
        parameters.put("asOf", asOf);
        parameters.put("limit", limit);
        return List.copyOf(neo4j.query(queries.get("graph/expand")).bindAll(parameters).fetch().all());
    }

    @SuppressWarnings("unchecked")
    private List<GraphPath> paths(String query, Map<String, Object> parameters) {
        return neo4j.query(queries.get(query)).bindAll(parameters).fetch().all().stream()
                .map(row -> new GraphPath(
                        ((List<Map<String, Object>>) row.get("stakeholders")).stream().map(StakeholderView::of).toList(),
                        ((List<Map<String, Object>>) row.get("links")).stream().map(Link::of).toList()))
                .toList();
    }

    private Map<String, Object> stakeholder(String id) {
        Map<String, Object> found = stakeholders.byIds(List.of(id)).get(id);
        if (found == null) {
            throw new NotFoundException("stakeholder", id);
        }
        return found;
    }

    private static void requireKind(String kind) {
        boolean known = StakeholderKind.ofLabel(kind).isPresent() || "PartyOrganisation".equals(kind);
        if (!known) {
            throw new IllegalArgumentException("Unknown kind '" + kind + "': use a kind label such as PropertyFirm, or PartyOrganisation");
        }
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
