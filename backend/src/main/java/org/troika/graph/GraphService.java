package org.troika.graph;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;
import org.troika.base.NotFoundException;
import org.troika.stakeholder.StakeholderView;

/** Reads subgraphs for the explorer, in read transactions so that a cluster may route them to any member. */
@Service
@Transactional(readOnly = true)
public class GraphService {

    /** The most stakeholders a subgraph by ids takes. */
    public static final int MAX_SUBGRAPH_IDS = GraphTraversal.MAX_NODES;

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

    /** The districts with their sub-districts, in id order: a district or a sub-district may be a scope. */
    public List<District> districts() {
        return List.copyOf(neo4j.query(queries.get("graph/districts"))
                .fetchAs(District.class)
                .mappedBy((types, row) -> {
                    String id = row.get("id").asString();
                    String name = row.get("name").asString(null);
                    String nameEn = row.get("nameEn").asString(null);
                    List<SubDistrict> parts = row.get("subDistricts").asList(part -> new SubDistrict(
                            part.get("id").asString(), part.get("name").asString(null), part.get("nameEn").asString(null),
                            id, name, nameEn));
                    return new District(id, name, nameEn, parts);
                })
                .all());
    }

    /**
     * The stakeholders of a scope (a district, a sub-district or a residents' committee) other than people, and
     * the relationships among them, at most {@code limit} stakeholders; empty for an unknown scope.
     */
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

    /**
     * The stakeholders with these ids and every relationship among them, as the canvas draws them; only the
     * relationships valid on {@code asOf} when it is given.
     *
     * @throws NotFoundException naming every id that no stakeholder has
     * @throws IllegalArgumentException for more than {@value #MAX_SUBGRAPH_IDS} ids
     */
    public Subgraph subgraph(Collection<String> ids, LocalDate asOf) {
        return Subgraph.of(among(ids, asOf));
    }

    /**
     * As {@link #subgraph}, with every property of the stakeholders (as API views) and of the relationships: what
     * the GraphQL {@code subgraph} field serves.
     */
    public Neighbourhood among(Collection<String> ids, LocalDate asOf) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        if (wanted.size() > MAX_SUBGRAPH_IDS) {
            throw new IllegalArgumentException("A subgraph takes at most " + MAX_SUBGRAPH_IDS + " stakeholder ids, was given "
                    + wanted.size());
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", List.copyOf(wanted));
        parameters.put("asOf", asOf);
        Neighbourhood found = neo4j.query(queries.get("graph/subgraph"))
                .bindAll(parameters)
                .fetchAs(Neighbourhood.class)
                .mappedBy((types, row) -> neighbourhood(row.get("stakeholders").asList(Value::asNode),
                        row.get("relationships").asList(Value::asRelationship)))
                .one()
                .orElseThrow();
        Set<String> unknown = new LinkedHashSet<>(wanted);
        found.nodes().forEach(node -> unknown.remove(StakeholderView.id(node)));
        if (!unknown.isEmpty()) {
            throw NotFoundException.ofIds("stakeholder", unknown);
        }
        return found;
    }

    private static Neighbourhood neighbourhood(List<Node> nodes, List<Relationship> relationships) {
        Map<String, String> idByElement = new HashMap<>();
        nodes.forEach(node -> idByElement.put(node.elementId(), node.get("id").asString()));
        List<Map<String, Object>> views = nodes.stream().map(node -> StakeholderView.of(node.asMap())).toList();
        List<Link> links = relationships.stream()
                .map(relationship -> new Link(relationship.get("id").asString(null), relationship.type(),
                        idByElement.get(relationship.startNodeElementId()), idByElement.get(relationship.endNodeElementId()),
                        relationship.asMap()))
                .toList();
        return new Neighbourhood(views, links, false);
    }

    @SuppressWarnings("unchecked")
    private static GraphNode node(Value value) {
        Map<String, Object> view = StakeholderView.of(value.asMap());
        return new GraphNode((String) view.get("id"), (String) view.get("kind"), (String) view.get("name"),
                (String) view.get("nameEn"), (List<String>) view.get("provenance"));
    }

    private static GraphLink link(Value value) {
        return new GraphLink(value.get("id").asString(), value.get("type").asString(),
                value.get("source").asString(), value.get("target").asString(),
                value.get("since").isNull() ? null : value.get("since").asLocalDate(),
                value.get("until").isNull() ? null : value.get("until").asLocalDate());
    }
}
