package org.troika.tour;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.troika.base.NamedQueries;

/** The graph as tours see it: which stakeholder ids exist, and the ids a scene query returns. */
@Component
class SceneGraph {

    static final String SCENES = "tour/scenes/";

    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    SceneGraph(NamedQueries queries, Neo4jClient neo4j) {
        this.queries = queries;
        this.neo4j = neo4j;
    }

    /** The ids among the given ones that stakeholders of the graph have. */
    Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(neo4j.query(queries.get("tour/existing-ids"))
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString())
                .all());
    }

    boolean hasScene(String name) {
        return queries.contains(SCENES + name);
    }

    /** The stakeholder ids a scene query returns in its column {@code id}, in order, each once. */
    List<String> sceneIds(String name, Map<String, Object> params) {
        Collection<String> ids = neo4j.query(queries.get(SCENES + name))
                .bindAll(params)
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString(null))
                .all();
        Set<String> distinct = new LinkedHashSet<>(ids);
        distinct.remove(null);
        return List.copyOf(distinct);
    }
}
