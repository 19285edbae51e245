package org.troika.graph;

import java.util.List;

/** Stakeholders and the relationships among them; {@code truncated} when a cap left some out. */
public record Subgraph(List<GraphNode> nodes, List<GraphLink> links, boolean truncated) {

    public static final Subgraph EMPTY = new Subgraph(List.of(), List.of(), false);
}
