package org.troika.graph.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The "+N" badge of a stakeholder was clicked: the user asks for the neighbours the scene leaves out. */
@DomEvent("node-more")
public class NodeMoreEvent extends ComponentEvent<GraphCanvas> {

    private final String nodeId;

    public NodeMoreEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
        super(source, fromClient);
        this.nodeId = nodeId;
    }

    public String nodeId() {
        return nodeId;
    }
}
