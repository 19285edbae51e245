package org.troika.graph.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A stakeholder was double-clicked on the canvas: the user asks for its neighbours. */
@DomEvent("node-expand")
public class NodeExpandEvent extends ComponentEvent<GraphCanvas> {

    private final String nodeId;

    public NodeExpandEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
        super(source, fromClient);
        this.nodeId = nodeId;
    }

    public String nodeId() {
        return nodeId;
    }
}
