package org.troika.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;

/** Reads subgraphs for the explorer, in read transactions so that a cluster may route them to any member. */
@Service
@Transactional(readOnly = true)
public class GraphService {

    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    GraphService(NamedQueries queries, Neo4jClient neo4j) {
        this.queries = queries;
        this.neo4j = neo4j;
    }

    public List<SubDistrict> subDistricts() {
        return List.copyOf(neo4j.query(queries.get("graph/sub-districts"))
                .fetchAs(SubDistrict.class)
                .mappedBy((types, row) -> new SubDistrict(row.get("id").asString(), row.get("name").asString(),
                        row.get("nameEn").asString(), row.get("districtId").asString(null),
                        row.get("districtName").asString(null), row.get("districtNameEn").asString(null)))
                .all());
    }

    /** The stakeholders of a scope other than people, and the relationships among them. */
    public Subgraph scope(String scopeId, int limit) {
        return neo4j.query(queries.get("graph/scope"))
                .bindAll(Map.of("scopeId", scopeId, "limit", limit))
                .fetchAs(Subgraph.class)
                .mappedBy((types, row) -> new Subgraph(
                        row.get("nodes").asList(GraphService::node),
                        row.get("links").asList(GraphService::link),
                        row.get("truncated").asBoolean()))
                .one()
                .orElse(Subgraph.EMPTY);
    }

    private static GraphNode node(Value value) {
        return new GraphNode(value.get("id").asString(), value.get("kind").asString(),
                value.get("name").asString(null), value.get("nameEn").asString(null),
                value.get("provenance").asList(Value::asString, List.of()));
    }

    private static GraphLink link(Value value) {
        return new GraphLink(value.get("id").asString(), value.get("type").asString(),
                value.get("source").asString(), value.get("target").asString());
    }
}
