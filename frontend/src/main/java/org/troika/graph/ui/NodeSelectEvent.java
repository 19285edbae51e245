package org.troika.graph.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A stakeholder was clicked on the canvas; {@code nodeId} is empty when the click hit the background.
 * {@code additive} when Shift, Ctrl or Cmd was held: the user adds the stakeholder to a selection
 * (the ends of a path, say) instead of replacing it.
 */
@DomEvent("node-select")
public class NodeSelectEvent extends ComponentEvent<GraphCanvas> {

    private final String nodeId;
    private final boolean additive;

    public NodeSelectEvent(GraphCanvas source, boolean fromClient, String nodeId) {
        this(source, fromClient, nodeId, false);
    }

    public NodeSelectEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String nodeId,
            @EventData("event.detail.additive") boolean additive) {
        super(source, fromClient);
        this.nodeId = nodeId == null ? "" : nodeId;
        this.additive = additive;
    }

    public String nodeId() {
        return nodeId;
    }

    public boolean additive() {
        return additive;
    }
}
