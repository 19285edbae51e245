package org.troika.graph.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphNode;
import org.troika.graph.Subgraph;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws a subgraph of stakeholders with Cytoscape.js. Views hand it records, never JavaScript:
 * {@link #show} replaces the scene, {@link #layout} places it, {@link #select}, {@link #pin}, {@link #highlight}
 * and {@link #moreHandles} mark stakeholders, {@link #exportImage} saves a picture.
 * <p>
 * What the user does on the canvas comes back as events: a click selects ({@link NodeSelectEvent}; with Shift,
 * Ctrl or Cmd held it adds to the selection), a double click expands ({@link NodeExpandEvent}), a <b>right-click</b>
 * (a two-finger tap on touch screens) pins a stakeholder where it stands or releases it ({@link NodePinEvent}),
 * and a click on a "+N" badge asks for the hidden neighbours ({@link NodeMoreEvent}).
 * <p>
 * Scenes of {@value #WEBGL_NODE_THRESHOLD} stakeholders or more are drawn with WebGL where the browser has it.
 */
@Tag("troika-graph")
@NpmPackage(value = "cytoscape", version = "3.35.0")
@NpmPackage(value = "cytoscape-svg", version = "0.4.0")
@NpmPackage(value = "d3-force", version = "3.0.1")
@NpmPackage(value = "@dagrejs/dagre", version = "3.1.3")
@JsModule("./graph/troika-graph.js")
public class GraphCanvas extends Component implements HasSize {

    /** From this many stakeholders on, the canvas draws with WebGL; smaller scenes and SVG exports keep the 2D canvas. */
    public static final int WEBGL_NODE_THRESHOLD = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record CanvasNode(String id, String label, String kind, String colour, double size, boolean illustrative,
            String family) {
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

    record Scene(List<CanvasNode> nodes, List<CanvasEdge> edges, String origin, Map<String, String> icons,
            int webglFrom) {
    }

    record LayoutRequest(String name, String focus, long run) {
    }

    record Highlight(Collection<String> nodes, Collection<String> links) {
    }

    private CanvasLayout layout = CanvasLayout.FORCE;
    private long layoutRuns;
    private Set<String> pinned = Set.of();

    public GraphCanvas() {
        getElement().setProperty("layout", JSON.writeValueAsString(new LayoutRequest(layoutName(layout), null, 0)));
        // the canvas toggles a pin at once; keeping the set here lets the next pin(...) from a view compare with it
        addNodePinListener(event -> {
            var next = new LinkedHashSet<>(pinned);
            if (event.pinned()) {
                next.add(event.nodeId());
            } else {
                next.remove(event.nodeId());
            }
            pinned = Set.copyOf(next);
            getElement().setProperty("pinned", JSON.writeValueAsString(pinned));
        });
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

    /**
     * Replaces the scene, drawing each stakeholder as {@code look} says (size by a measure, colour by community).
     * A scene mostly new is placed by the current {@link #layout}; one that mostly shares its stakeholders with the
     * last keeps their places and settles only the new ones around them.
     */
    public void show(Subgraph graph, Function<GraphNode, String> label, String origin, Function<GraphNode, NodeLook> look) {
        var icons = new TreeMap<String, String>();
        var nodes = graph.nodes().stream()
                .map(node -> {
                    NodeLook drawn = look.apply(node);
                    String family = KindStyle.group(node.kind()).map(group -> {
                        icons.computeIfAbsent(group.name(), name -> KindStyle.icon(group));
                        return group.name();
                    }).orElse(null);
                    return new CanvasNode(node.id(), label.apply(node), node.kind(), drawn.colour(), drawn.size(),
                            node.illustrative(), family);
                })
                .toList();
        var edges = graph.links().stream().map(GraphCanvas::edge).toList();
        getElement().setProperty("scene",
                JSON.writeValueAsString(new Scene(nodes, edges, origin, icons, WEBGL_NODE_THRESHOLD)));
    }

    /** Marks one stakeholder as selected, or none for {@code null}. */
    public void select(String nodeId) {
        selectNodes(nodeId == null || nodeId.isEmpty() ? List.of() : List.of(nodeId));
    }

    /** Marks several stakeholders as selected (the ends of a path, say), or none for an empty collection. */
    public void selectNodes(Collection<String> nodeIds) {
        getElement().setProperty("selection", JSON.writeValueAsString(ids(nodeIds, "nodeIds")));
    }

    /**
     * Places the scene anew and keeps that layout for the scenes that follow. {@code focusId} is the centre of
     * {@link CanvasLayout#RADIAL}; when it is null or not drawn, the scene's origin or its best-linked stakeholder is.
     * Pinned stakeholders stay where they are.
     */
    public void layout(CanvasLayout layout, String focusId) {
        this.layout = Objects.requireNonNull(layout, "layout must not be null: choose FORCE, RADIAL or HIERARCHICAL");
        getElement().setProperty("layout",
                JSON.writeValueAsString(new LayoutRequest(layoutName(layout), focusId, ++layoutRuns)));
    }

    /** The layout the canvas places scenes with. */
    public CanvasLayout layout() {
        return layout;
    }

    /** Pins exactly these stakeholders where they stand: drawn with a dark ring, left in place by every layout. */
    public void pin(Collection<String> nodeIds) {
        pinned = Set.copyOf(ids(nodeIds, "nodeIds"));
        getElement().setProperty("pinned", JSON.writeValueAsString(pinned));
    }

    /** The pinned stakeholders, including those the user pinned or released on the canvas. */
    public Set<String> pinned() {
        return pinned;
    }

    /**
     * Gives each listed stakeholder a small "+N" badge saying how many of its neighbours the scene leaves out;
     * clicking it fires {@link NodeMoreEvent}. Badges are not stakeholders: they are not counted and not exported.
     * Replaces the previous badges; an empty map removes them all.
     */
    public void moreHandles(Map<String, Integer> hiddenNeighbourCounts) {
        Objects.requireNonNull(hiddenNeighbourCounts, "hiddenNeighbourCounts must not be null: pass an empty map for none");
        var counts = new TreeMap<String, Integer>();
        hiddenNeighbourCounts.forEach((nodeId, count) -> {
            if (nodeId == null || nodeId.isBlank()) {
                throw new IllegalArgumentException("a hidden-neighbour count needs a stakeholder id, got '" + nodeId + "'");
            }
            if (count == null || count < 1) {
                throw new IllegalArgumentException("the hidden-neighbour count of '" + nodeId + "' must be at least 1, got " + count);
            }
            counts.put(nodeId, count);
        });
        getElement().setProperty("more", JSON.writeValueAsString(counts));
    }

    /** Emphasises these stakeholders and relationships (a path, say) and fades all others; two empty collections clear it. */
    public void highlight(Collection<String> nodeIds, Collection<String> linkIds) {
        getElement().setProperty("highlight",
                JSON.writeValueAsString(new Highlight(ids(nodeIds, "nodeIds"), ids(linkIds, "linkIds"))));
    }

    /**
     * Lets the browser download a picture of the whole scene, as drawn but without the "+N" badges.
     * The format's extension is added to {@code fileName} when it lacks it.
     */
    public void exportImage(ImageFormat format, String fileName) {
        Objects.requireNonNull(format, "format must not be null: choose PNG or SVG");
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("the picture needs a plain file name, got '" + fileName + "'");
        }
        String suffix = "." + format.extension();
        String name = fileName.toLowerCase(Locale.ROOT).endsWith(suffix) ? fileName : fileName + suffix;
        getElement().callJsFunction("exportImage", format.name(), name);
    }

    public Registration addNodeSelectListener(ComponentEventListener<NodeSelectEvent> listener) {
        return addListener(NodeSelectEvent.class, listener);
    }

    public Registration addNodeExpandListener(ComponentEventListener<NodeExpandEvent> listener) {
        return addListener(NodeExpandEvent.class, listener);
    }

    public Registration addNodePinListener(ComponentEventListener<NodePinEvent> listener) {
        return addListener(NodePinEvent.class, listener);
    }

    public Registration addNodeMoreListener(ComponentEventListener<NodeMoreEvent> listener) {
        return addListener(NodeMoreEvent.class, listener);
    }

    private static List<String> ids(Collection<String> ids, String name) {
        Objects.requireNonNull(ids, name + " must not be null: pass an empty collection for none");
        if (ids.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new IllegalArgumentException(name + " must hold stakeholder or relationship ids, got a blank one in " + ids);
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static String layoutName(CanvasLayout layout) {
        return layout.name().toLowerCase(Locale.ROOT);
    }

    private static CanvasEdge edge(GraphLink link) {
        return new CanvasEdge(link.id(), link.source(), link.target(), link.type());
    }
}
