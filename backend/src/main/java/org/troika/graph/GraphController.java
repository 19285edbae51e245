package org.troika.graph;

import java.time.LocalDate;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class GraphController {

    private final GraphTraversal traversal;

    GraphController(GraphTraversal traversal) {
        this.traversal = traversal;
    }

    @QueryMapping
    Neighbourhood neighbourhood(@Argument String id, @Argument int depth, @Argument List<String> relationshipTypes,
                                @Argument List<String> kinds, @Argument int limit, @Argument LocalDate asOf) {
        return traversal.neighbourhood(id, depth, relationshipTypes, kinds, limit, asOf);
    }

    @QueryMapping
    List<GraphPath> shortestPaths(@Argument String from, @Argument String to, @Argument int maxLength,
                                  @Argument int limit, @Argument LocalDate asOf) {
        return traversal.shortestPaths(from, to, maxLength, limit, asOf);
    }

    @QueryMapping
    List<GraphPath> pathsBetweenKinds(@Argument String fromKind, @Argument String toKind, @Argument String scopeId,
                                      @Argument int maxLength, @Argument int limit) {
        return traversal.pathsBetweenKinds(fromKind, toKind, scopeId, maxLength, limit);
    }
}
