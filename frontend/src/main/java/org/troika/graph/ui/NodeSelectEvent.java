package org.troika.graph.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A stakeholder was clicked on the canvas; {@code nodeId} is empty when the click hit the background. */
@DomEvent("node-select")
public class NodeSelectEvent extends ComponentEvent<GraphCanvas> {

    private final String nodeId;

    public NodeSelectEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
        super(source, fromClient);
        this.nodeId = nodeId == null ? "" : nodeId;
    }

    public String nodeId() {
        return nodeId;
    }
}
