package org.troika.tour.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphNode;
import org.troika.graph.GraphTraversal;
import org.troika.graph.Link;
import org.troika.graph.Subgraph;
import org.troika.stakeholder.StakeholderQueries;
import org.troika.tour.TourStep;
import org.troika.tour.Tours;

/** The graph a step shows: the stakeholders its scene names, as the graph has them now, and every relationship among them. */
@SpringComponent
class StepScenes {

    private final Tours tours;
    private final StakeholderQueries stakeholders;
    private final GraphTraversal traversal;

    StepScenes(Tours tours, StakeholderQueries stakeholders, GraphTraversal traversal) {
        this.tours = tours;
        this.stakeholders = stakeholders;
        this.traversal = traversal;
    }

    Subgraph of(TourStep step) {
        return among(tours.sceneIds(step));
    }

    /** The stakeholders with these ids, in this order, and the relationships between any two of them. */
    @SuppressWarnings("unchecked")
    Subgraph among(List<String> ids) {
        Map<String, Map<String, Object>> found = stakeholders.byIds(ids);
        List<GraphNode> nodes = ids.stream().distinct().map(found::get).filter(Objects::nonNull)
                .map(view -> new GraphNode((String) view.get("id"), (String) view.get("kind"), (String) view.get("name"),
                        (String) view.get("nameEn"), (List<String>) view.getOrDefault("provenance", List.of())))
                .toList();
        Set<String> shown = found.keySet();
        Map<String, GraphLink> links = new LinkedHashMap<>();
        // each relationship is seen from both its ends; the last stakeholder's are all seen from the others
        for (GraphNode node : nodes.subList(0, Math.max(0, nodes.size() - 1))) {
            for (Link link : traversal.neighbourhood(node.id(), 1, null, null, GraphTraversal.MAX_NODES, null).relationships()) {
                if (shown.contains(link.source()) && shown.contains(link.target())) {
                    links.putIfAbsent(link.id(), new GraphLink(link.id(), link.type(), link.source(), link.target()));
                }
            }
        }
        return new Subgraph(nodes, List.copyOf(links.values()), false);
    }
}
