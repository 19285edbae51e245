package org.troika.graph.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphNode;
import org.troika.graph.Subgraph;

/**
 * A bare page for the canvas's browser tests: a synthetic place-and-party tree of {@code ?nodes=} stakeholders,
 * buttons that call the canvas's Java API, and a log of the events it fires.
 */
@Route(value = "canvas-test", autoLayout = false)
@AnonymousAllowed
class CanvasTestView extends Div implements BeforeEnterObserver {

    final GraphCanvas canvas = new GraphCanvas();
    private final Div events = new Div();

    CanvasTestView() {
        canvas.setId("graph");
        canvas.setWidth("900px");
        canvas.setHeight("600px");
        events.setId("events");
        canvas.addNodeSelectListener(event -> log("select " + event.nodeId() + (event.additive() ? " additive" : "")));
        canvas.addNodeExpandListener(event -> log("expand " + event.nodeId()));
        canvas.addNodePinListener(event -> log("pin " + event.nodeId() + " " + event.pinned() + " " + canvas.pinned().size()));
        canvas.addNodeMoreListener(event -> log("more " + event.nodeId()));
        add(new Div(
                button("layout-force", () -> canvas.layout(CanvasLayout.FORCE, null)),
                button("layout-radial", () -> canvas.layout(CanvasLayout.RADIAL, "district")),
                button("layout-hierarchical", () -> canvas.layout(CanvasLayout.HIERARCHICAL, null)),
                button("pin-sub-district", () -> canvas.pin(Set.of("sub-district-1"))),
                button("unpin", () -> canvas.pin(Set.of())),
                button("more", () -> canvas.moreHandles(Map.of("committee-1", 7, "estate-2", 12))),
                button("no-more", () -> canvas.moreHandles(Map.of())),
                button("highlight", () -> canvas.highlight(List.of("district", "sub-district-1", "committee-1"),
                        List.of("link-sub-district-1-district", "link-committee-1-sub-district-1"))),
                button("clear-highlight", () -> canvas.highlight(List.of(), List.of())),
                button("select-two", () -> canvas.selectNodes(List.of("district", "estate-1"))),
                button("export-png", () -> canvas.exportImage(ImageFormat.PNG, "scene")),
                button("export-svg", () -> canvas.exportImage(ImageFormat.SVG, "scene.svg"))),
                canvas, events);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int size = event.getLocation().getQueryParameters().getSingleParameter("nodes").map(Integer::parseInt).orElse(40);
        canvas.show(scene(size), GraphNode::nameEn);
    }

    private NativeButton button(String id, Runnable action) {
        var button = new NativeButton(id, click -> action.run());
        button.setId(id);
        return button;
    }

    private void log(String line) {
        events.add(new Div(new Span(line)));
    }

    /**
     * A district over two sub-districts, each led by a party working committee, with residents' committees below
     * them and estates below those; each estate has an owners' committee (not in the chains) with one member.
     */
    static Subgraph scene(int size) {
        var nodes = new ArrayList<GraphNode>();
        var links = new ArrayList<GraphLink>();
        nodes.add(node("district", "District", "District"));
        for (int s = 1; s <= 2; s++) {
            nodes.add(node("sub-district-" + s, "SubDistrict", "Sub-district " + s));
            link(links, "LOCATED_IN", "sub-district-" + s, "district");
            nodes.add(node("party-committee-" + s, "PartyWorkingCommittee", "Party committee " + s));
            link(links, "LEADS", "party-committee-" + s, "sub-district-" + s);
        }
        for (int c = 1; c <= 4; c++) {
            nodes.add(node("committee-" + c, "ResidentsCommittee", "Residents' committee " + c));
            link(links, "LOCATED_IN", "committee-" + c, "sub-district-" + ((c - 1) % 2 + 1));
        }
        for (int e = 1; nodes.size() < size; e++) {
            nodes.add(node("estate-" + e, "Estate", "Estate " + e));
            link(links, "LOCATED_IN", "estate-" + e, "committee-" + (e % 4 + 1));
            if (nodes.size() < size) {
                nodes.add(node("owners-" + e, "OwnersCommittee", "Owners' committee " + e));
                link(links, "REPRESENTS", "owners-" + e, "estate-" + e);
            }
            if (nodes.size() < size) {
                nodes.add(node("member-" + e, "Person", "Member " + e));
                link(links, "MEMBER_OF", "member-" + e, "owners-" + e);
            }
        }
        return new Subgraph(List.copyOf(nodes), List.copyOf(links), false);
    }

    private static GraphNode node(String id, String kind, String name) {
        return new GraphNode(id, kind, name, name, List.of("F01"));
    }

    private static void link(List<GraphLink> links, String type, String source, String target) {
        links.add(new GraphLink("link-" + source + "-" + target, type, source, target));
    }
}
