package org.troika.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats the graph is exported in, each with its file extension and content type. */
public enum ExportFormat {

    /** GraphML, for yEd, Cytoscape, NetworkX and Gephi. */
    GRAPHML("graphml", "application/graphml+xml"),
    /** GEXF 1.3, Gephi's own format, with the dates relationships are valid between as their time span. */
    GEXF("gexf", "application/gexf+xml"),
    /** A zip of stakeholders.csv and relationships.csv in the header format of {@code neo4j-admin database import}. */
    CSV("zip", "application/zip"),
    /** Nodes and relationships with all their properties. */
    JSON("json", "application/json"),
    /** A script of MERGE statements that recreates the export, for cypher-shell. */
    CYPHER("cypher", "text/plain;charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format of that name, in any case ({@code graphml}, {@code gexf}, {@code csv}, {@code json}, {@code cypher}). */
    public static ExportFormat parse(String name) {
        return Arrays.stream(values())
                .filter(format -> format.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown export format '" + name + "': use one of "
                        + Arrays.stream(values()).map(format -> format.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
    }
}
