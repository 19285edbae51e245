package org.troika.graph;

import java.time.LocalDate;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class GraphController {

    private final GraphTraversal traversal;
    private final GraphService graphs;

    GraphController(GraphTraversal traversal, GraphService graphs) {
        this.traversal = traversal;
        this.graphs = graphs;
    }

    @QueryMapping
    Neighbourhood subgraph(@Argument List<String> ids, @Argument LocalDate asOf) {
        return graphs.among(ids, asOf);
    }

    @QueryMapping
    Neighbourhood neighbourhood(@Argument String id, @Argument Integer depth, @Argument List<String> relationshipTypes,
                                @Argument List<String> kinds, @Argument Integer limit, @Argument LocalDate asOf) {
        return traversal.neighbourhood(id, or(depth, 1), relationshipTypes, kinds, or(limit, 200), asOf);
    }

    @QueryMapping
    List<GraphPath> shortestPaths(@Argument String from, @Argument String to, @Argument Integer maxLength,
                                  @Argument Integer limit, @Argument LocalDate asOf) {
        return traversal.shortestPaths(from, to, or(maxLength, 6), or(limit, 5), asOf);
    }

    @QueryMapping
    List<GraphPath> pathsBetweenKinds(@Argument String fromKind, @Argument String toKind, @Argument String scopeId,
                                      @Argument Integer maxLength, @Argument Integer limit) {
        return traversal.pathsBetweenKinds(fromKind, toKind, scopeId, or(maxLength, 3), or(limit, 20));
    }

    /** An argument a client may send as null explicitly takes its schema default then too. */
    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
