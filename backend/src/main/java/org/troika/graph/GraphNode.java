package org.troika.graph;

import java.util.List;

/** A stakeholder as drawn on the canvas. */
public record GraphNode(String id, String kind, String name, String nameEn, List<String> provenance) {

    /** Whether the article implies this stakeholder but does not name it. */
    public boolean illustrative() {
        return provenance.contains("illustrative");
    }
}
