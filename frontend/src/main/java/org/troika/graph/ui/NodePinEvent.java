package org.troika.graph.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The user pinned a stakeholder where it stands ({@code pinned}) or released it, with a right-click
 * (a two-finger tap on touch screens) on the canvas. {@link GraphCanvas#pinned()} already holds the new set.
 */
@DomEvent("node-pin")
public class NodePinEvent extends ComponentEvent<GraphCanvas> {

    private final String nodeId;
    private final boolean pinned;

    public NodePinEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String nodeId,
            @EventData("event.detail.pinned") boolean pinned) {
        super(source, fromClient);
        this.nodeId = nodeId;
        this.pinned = pinned;
    }

    public String nodeId() {
        return nodeId;
    }

    public boolean pinned() {
        return pinned;
    }
}
