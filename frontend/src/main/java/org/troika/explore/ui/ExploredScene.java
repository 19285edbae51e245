package org.troika.explore.ui;

import java.util.Map;
import java.util.Set;
import org.troika.graph.Subgraph;

/**
 * A scene of the explorer: the subgraph shown, the recipe that made it, how many more neighbours each
 * capped expansion left out, and what the last step asks to highlight (paths found).
 */
record ExploredScene(Subgraph graph, SceneRecipe recipe, Map<String, Integer> more, Set<String> highlightedNodes,
                     Set<String> highlightedLinks) {

    ExploredScene {
        more = Map.copyOf(more);
        highlightedNodes = Set.copyOf(highlightedNodes);
        highlightedLinks = Set.copyOf(highlightedLinks);
    }

    ExploredScene(Subgraph graph, SceneRecipe recipe, Map<String, Integer> more) {
        this(graph, recipe, more, Set.of(), Set.of());
    }
}
