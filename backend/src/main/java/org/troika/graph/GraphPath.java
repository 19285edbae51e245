package org.troika.graph;

import java.util.List;
import java.util.Map;

/** A path through the graph: its stakeholders in order and the relationships between them. */
public record GraphPath(List<Map<String, Object>> nodes, List<Link> relationships) {

    public int length() {
        return relationships.size();
    }
}
