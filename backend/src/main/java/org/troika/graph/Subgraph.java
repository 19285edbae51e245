package org.troika.graph;

import java.time.LocalDate;
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
                .map(link -> new GraphLink(link.id(), link.type(), link.source(), link.target(),
                        GraphLink.date(link.propertyMap().get("since")), GraphLink.date(link.propertyMap().get("until"))))
                .toList();
        return new Subgraph(nodes, links, neighbourhood.truncated());
    }

    /**
     * The same stakeholders with only the relationships valid on that day (begun by then and not ended before;
     * undated ones always); all of them when the day is null.
     */
    public Subgraph asOf(LocalDate day) {
        if (day == null) {
            return this;
        }
        return new Subgraph(nodes, links.stream().filter(link -> link.validOn(day)).toList(), truncated);
    }
}
