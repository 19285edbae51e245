package org.troika.graph;

import java.util.List;

/** Stakeholders and the relationships among them; {@code truncated} when a cap left some out. */
public record Subgraph(List<GraphNode> nodes, List<GraphLink> links, boolean truncated) {

    public static final Subgraph EMPTY = new Subgraph(List.of(), List.of(), false);

    /** A neighbourhood as the canvas draws it. */
    @SuppressWarnings("unchecked")
    public static Subgraph of(Neighbourhood neighbourhood) {
        var nodes = neighbourhood.nodes().stream()
                .map(node -> new GraphNode((String) node.get("id"), (String) node.get("kind"), (String) node.get("name"),
                        (String) node.get("nameEn"), (List<String>) node.get("provenance")))
                .toList();
        var links = neighbourhood.relationships().stream()
                .map(link -> new GraphLink(link.id(), link.type(), link.source(), link.target()))
                .toList();
        return new Subgraph(nodes, links, neighbourhood.truncated());
    }
}
