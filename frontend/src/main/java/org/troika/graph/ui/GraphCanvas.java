package org.troika.graph.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Function;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphNode;
import org.troika.graph.Subgraph;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws a subgraph of stakeholders with Cytoscape.js. Views hand it records, never JavaScript:
 * {@link #show} replaces the scene, {@link #select} marks a stakeholder, {@link #addNodeSelectListener}
 * reports clicks.
 */
@Tag("troika-graph")
@NpmPackage(value = "cytoscape", version = "3.35.0")
@JsModule("./graph/troika-graph.js")
public class GraphCanvas extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record CanvasNode(String id, String label, String kind, String colour, double size, boolean illustrative) {
    }

    /** How one stakeholder is drawn: its diameter in pixels and its colour. */
    public record NodeLook(double size, String colour) {

        public static final double DEFAULT_SIZE = 14;

        /** The default: the colour of its kind, the usual size. */
        public static NodeLook of(GraphNode node) {
            return new NodeLook(DEFAULT_SIZE, KindStyle.colour(node.kind()));
        }
    }

    record CanvasEdge(String id, String source, String target, String type) {
    }

    record Scene(List<CanvasNode> nodes, List<CanvasEdge> edges, String origin) {
    }

    /** Replaces the scene with a subgraph, labelling each stakeholder as {@code label} says. */
    public void show(Subgraph graph, Function<GraphNode, String> label) {
        show(graph, label, null);
    }

    /**
     * Replaces the scene, keeping the places of the stakeholders it shares with the last one; new ones
     * start beside {@code origin} (the stakeholder an expansion came from), or anywhere when it is null.
     */
    public void show(Subgraph graph, Function<GraphNode, String> label, String origin) {
        show(graph, label, origin, NodeLook::of);
    }

    /** Replaces the scene, drawing each stakeholder as {@code look} says (size by a measure, colour by community). */
    public void show(Subgraph graph, Function<GraphNode, String> label, String origin, Function<GraphNode, NodeLook> look) {
        var nodes = graph.nodes().stream()
                .map(node -> {
                    NodeLook drawn = look.apply(node);
                    return new CanvasNode(node.id(), label.apply(node), node.kind(), drawn.colour(), drawn.size(),
                            node.illustrative());
                })
                .toList();
        var edges = graph.links().stream().map(GraphCanvas::edge).toList();
        getElement().setProperty("scene", JSON.writeValueAsString(new Scene(nodes, edges, origin)));
    }

    /** Marks one stakeholder as selected, or none for {@code null}. */
    public void select(String nodeId) {
        getElement().setProperty("selected", nodeId == null ? "" : nodeId);
    }

    public Registration addNodeSelectListener(ComponentEventListener<NodeSelectEvent> listener) {
        return addListener(NodeSelectEvent.class, listener);
    }

    public Registration addNodeExpandListener(ComponentEventListener<NodeExpandEvent> listener) {
        return addListener(NodeExpandEvent.class, listener);
    }

    private static CanvasEdge edge(GraphLink link) {
        return new CanvasEdge(link.id(), link.source(), link.target(), link.type());
    }
}
