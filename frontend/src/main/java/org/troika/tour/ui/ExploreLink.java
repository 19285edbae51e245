package org.troika.tour.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.troika.graph.GraphNode;
import org.troika.graph.Subgraph;
import org.troika.tour.TourScene;

/**
 * The explorer's address closest to a step's scene: a sub-district or district in focus opens as the explorer's scope,
 * any other stakeholder as its neighbourhood, and the other highlighted stakeholders are expanded (a few, so that the
 * address stays short); the scene's layout and focus come along.
 */
final class ExploreLink {

    /** At most this many expansions in the address. */
    static final int MAX_EXPANSIONS = 5;

    private static final Set<String> SCOPE_KINDS = Set.of("SubDistrict", "District");

    private ExploreLink() {
    }

    /** The address relative to the application ({@code ./?focus=xianxia&layout=radial}), or null for an empty scene. */
    static String href(TourScene scene, Subgraph shown) {
        Map<String, GraphNode> nodes = shown.nodes().stream()
                .collect(Collectors.toMap(GraphNode::id, node -> node, (a, b) -> a, LinkedHashMap::new));
        if (nodes.isEmpty()) {
            return null;
        }
        String focus = scene.focusId() != null && nodes.containsKey(scene.focusId()) ? scene.focusId()
                : scene.highlightIds().stream().filter(nodes::containsKey).findFirst().orElse(nodes.keySet().iterator().next());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SCOPE_KINDS.contains(nodes.get(focus).kind()) ? "scope" : "focus", focus);
        List<String> expansions = scene.highlightIds().stream()
                .filter(id -> !id.equals(focus) && nodes.containsKey(id)).distinct().limit(MAX_EXPANSIONS)
                .map(id -> "e." + id).toList();
        if (!expansions.isEmpty()) {
            values.put("steps", String.join("~", expansions));
        }
        values.put("layout", scene.layout().name().toLowerCase(Locale.ROOT));
        values.put("selected", focus);
        // written out by hand: Vaadin's query parameters do not keep their order, and a shared link should read the same
        return "./?" + values.entrySet().stream()
                .map(value -> value.getKey() + "=" + URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("%7E", "~"))
                .collect(Collectors.joining("&"));
    }
}
