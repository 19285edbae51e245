package org.troika.explore.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.troika.graph.GraphNode;
import org.troika.graph.GraphPath;
import org.troika.graph.GraphService;
import org.troika.graph.GraphTraversal;
import org.troika.graph.Neighbourhood;
import org.troika.graph.Subgraph;
import org.troika.explore.ui.SceneRecipe.Start;
import org.troika.explore.ui.SceneRecipe.Step;

/**
 * Makes the explorer's scenes from recipes with the same services the GraphQL API uses: the first scene
 * of a start, each step applied to a scene, and a whole recipe replayed.
 */
@Component
class SceneMaker {

    static final int SCOPE_LIMIT = 1_500;
    static final int FOCUS_LIMIT = 200;
    static final int EXPANSION_LIMIT = 50;
    static final int PATH_LIMIT = 5;
    static final int KIND_PATH_LENGTH = 3;
    static final int KIND_PATH_LIMIT = 20;

    private final GraphService graphs;
    private final GraphTraversal traversal;

    SceneMaker(GraphService graphs, GraphTraversal traversal) {
        this.graphs = graphs;
        this.traversal = traversal;
    }

    /** Replays a recipe from its start; an unknown id or a malformed step is an error naming it. */
    ExploredScene replay(SceneRecipe recipe) {
        ExploredScene scene = start(recipe.start());
        for (Step step : recipe.steps()) {
            scene = apply(scene, step);
        }
        return scene;
    }

    ExploredScene start(Start start) {
        var recipe = SceneRecipe.of(start);
        return switch (start.kind()) {
            case SCOPE -> new ExploredScene(graphs.scope(start.ids().getFirst(), SCOPE_LIMIT), recipe, Map.of());
            case FOCUS -> {
                String id = start.ids().getFirst();
                var empty = new ExploredScene(Subgraph.EMPTY, recipe, Map.of());
                yield grown(empty, id, FOCUS_LIMIT, recipe);
            }
            case KIND_PATHS -> {
                var paths = traversal.pathsBetweenKinds(start.ids().get(0), start.ids().get(1), start.ids().get(2),
                        KIND_PATH_LENGTH, KIND_PATH_LIMIT);
                yield withPaths(new ExploredScene(Subgraph.EMPTY, recipe, Map.of()), paths, recipe);
            }
        };
    }

    ExploredScene apply(ExploredScene scene, Step step) {
        var recipe = scene.recipe().then(step);
        List<String> ids = step.ids();
        return switch (step.operation()) {
            case EXPAND -> grown(scene, ids.getFirst(), EXPANSION_LIMIT, recipe);
            case COLLAPSE -> pruned(scene, SceneHistory.collapsed(scene.graph(), ids.getFirst()), recipe, ids.getFirst());
            case REMOVE_LEAVES -> pruned(scene, SceneHistory.withoutLeaves(scene.graph(), null), recipe, null);
            case REMOVE_LEAVES_KEEPING -> pruned(scene, SceneHistory.withoutLeaves(scene.graph(), ids.getFirst()), recipe, null);
            case REMOVE -> pruned(scene, SceneHistory.without(scene.graph(), ids.getFirst()::equals), recipe, ids.getFirst());
            case PATH -> withPaths(scene, traversal.shortestPaths(ids.get(0), ids.get(1), GraphTraversal.MAX_PATH_LENGTH,
                    PATH_LIMIT, null), recipe);
        };
    }

    /**
     * The scene with up to {@code cap} more neighbours of one stakeholder (the stakeholder too, if new);
     * how many it still leaves out is remembered for its "+N" handle.
     */
    private ExploredScene grown(ExploredScene scene, String id, int cap, SceneRecipe recipe) {
        Subgraph around = Subgraph.of(traversal.neighbourhood(id, 1, null, null, GraphTraversal.MAX_NODES, null));
        Set<String> present = scene.graph().nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        var added = around.nodes().stream()
                .filter(node -> !present.contains(node.id()))
                .filter(node -> !node.id().equals(id))
                .toList();
        var kept = new HashSet<>(present);
        kept.add(id);
        added.stream().limit(cap).forEach(node -> kept.add(node.id()));
        var chosen = new Subgraph(
                around.nodes().stream().filter(node -> kept.contains(node.id())).toList(),
                around.links().stream().filter(link -> kept.contains(link.source()) && kept.contains(link.target())).toList(),
                false);
        Map<String, Integer> more = new HashMap<>(scene.more());
        more.remove(id);
        int left = Math.max(0, added.size() - cap);
        if (left > 0) {
            more.put(id, left);
        }
        return new ExploredScene(SceneHistory.merge(scene.graph(), chosen), recipe, more);
    }

    private static ExploredScene pruned(ExploredScene scene, Subgraph rest, SceneRecipe recipe, String forgotten) {
        Set<String> kept = rest.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        Map<String, Integer> more = new HashMap<>(scene.more());
        more.keySet().removeIf(id -> !kept.contains(id) || id.equals(forgotten));
        return new ExploredScene(rest, recipe, more);
    }

    /** The scene with paths added and highlighted. */
    private static ExploredScene withPaths(ExploredScene scene, List<GraphPath> paths, SceneRecipe recipe) {
        Subgraph graph = scene.graph();
        Set<String> nodes = new HashSet<>();
        Set<String> links = new HashSet<>();
        for (GraphPath path : paths) {
            Subgraph drawn = Subgraph.of(new Neighbourhood(path.nodes(), path.relationships(), false));
            graph = SceneHistory.merge(graph, drawn);
            drawn.nodes().forEach(node -> nodes.add(node.id()));
            drawn.links().forEach(link -> links.add(link.id()));
        }
        return new ExploredScene(graph, recipe, scene.more(), nodes, links);
    }
}
