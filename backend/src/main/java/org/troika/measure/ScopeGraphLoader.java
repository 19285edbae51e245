package org.troika.measure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;

/**
 * Reads the graph of a scope with one query, in a read transaction (so that a cluster may route it
 * to any member), and refuses a scope larger than the cap before reading its ties: the measures
 * hold the whole graph in memory, and betweenness takes time in proportion to nodes times ties.
 */
@Component
class ScopeGraphLoader {

    static final int DEFAULT_MAX_NODES = 50_000;

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final int maxNodes;

    @Autowired
    ScopeGraphLoader(NamedQueries queries, Neo4jClient neo4j) {
        this(queries, neo4j, DEFAULT_MAX_NODES);
    }

    ScopeGraphLoader(NamedQueries queries, Neo4jClient neo4j, int maxNodes) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.maxNodes = maxNodes;
    }

    /**
     * @throws IllegalArgumentException when no stakeholder has the id, or the scope has more
     *                                  members than the cap
     */
    @Transactional(readOnly = true)
    ScopeGraph load(String scopeId, boolean includePeople) {
        return load(scopeId, includePeople, null);
    }

    /** The scope's graph with only the ties valid on {@code asOf}; all ties when it is null. */
    ScopeGraph load(String scopeId, boolean includePeople, LocalDate asOf) {
        Objects.requireNonNull(scopeId, "scopeId");
        Rows rows = neo4j.query(queries.get("measure/scope-graph"))
                .bindAll(parameters(scopeId, includePeople, asOf))
                .fetchAs(Rows.class)
                .mappedBy((types, row) -> new Rows(
                        row.get("nodes").asList(node -> node),
                        row.get("ties").asList(tie -> tie.asList(Value::asString))))
                .one()
                .orElse(null);
        if (rows == null || rows.nodes().isEmpty()) {
            throw new IllegalArgumentException("Unknown scope '" + scopeId + "'");
        }
        if (rows.nodes().size() > maxNodes) {
            throw new IllegalArgumentException("Scope '" + scopeId + "' has more than " + maxNodes
                    + " stakeholders" + (includePeople ? " with its people" : "")
                    + ", too many to measure at once: choose a smaller scope"
                    + (includePeople ? " or leave people out" : ""));
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Value node : rows.nodes()) {
            kinds.put(node.get("id").asString(), node.get("kind").asString(null));
        }
        return ScopeGraph.of(scopeId, includePeople, kinds, rows.ties());
    }

    private record Rows(List<Value> nodes, List<List<String>> ties) {
    }

    private Map<String, Object> parameters(String scopeId, boolean includePeople, LocalDate asOf) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("scopeId", scopeId);
        parameters.put("includePeople", includePeople);
        parameters.put("maxNodes", maxNodes);
        parameters.put("asOf", asOf);
        return parameters;
    }
}
