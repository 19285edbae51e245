package org.troika.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.access.PersonalData;
import org.troika.base.NamedQueries;
import org.troika.base.NotFoundException;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphNode;
import org.troika.graph.GraphService;
import org.troika.graph.Subgraph;

/**
 * Exports the whole graph, a scope or a scene in one of the {@link ExportFormat}s, with every property of the
 * stakeholders and relationships it holds, so that an import gets them back; but people's personal data (names,
 * aliases, phone) only when staff ask for it, left out otherwise (docs/privacy.md).
 */
@Service
@Transactional(readOnly = true)
public class SceneExport {

    /** A scope has no more stakeholders than this; the whole graph has no cap. */
    static final int MAX_SCOPE = 100_000;

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final GraphService graphs;

    SceneExport(NamedQueries queries, Neo4jClient neo4j, GraphService graphs) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.graphs = graphs;
    }

    /** Every stakeholder and every relationship between stakeholders, people without their personal data; {@code troika.<extension>}. */
    public Export graph(ExportFormat format) {
        return graph(format, false);
    }

    /**
     * Every stakeholder and every relationship between stakeholders; {@code troika.<extension>}.
     *
     * @param personal with people's personal data (names, aliases, phone), for staff only
     * @throws org.springframework.security.access.AccessDeniedException when personal data is asked for below staff
     */
    public Export graph(ExportFormat format, boolean personal) {
        requireAllowed(personal);
        return write(format, "troika", read(null, null, personal));
    }

    /**
     * The stakeholders of a scope (a district, a sub-district or a residents' committee; people left out, as the
     * explorer draws it) and the relationships among them; {@code troika-<scope>.<extension>}.
     *
     * @throws NotFoundException when no stakeholder has that id
     */
    public Export scope(ExportFormat format, String scopeId) {
        return scope(format, scopeId, false);
    }

    /** As {@link #scope(ExportFormat, String)}, with people's personal data when {@code personal} (for staff only). */
    public Export scope(ExportFormat format, String scopeId, boolean personal) {
        requireAllowed(personal);
        Subgraph scope = graphs.scope(scopeId, MAX_SCOPE);
        if (scope.nodes().isEmpty()) {
            throw new NotFoundException("scope", scopeId);
        }
        return write(format, "troika-" + fileNamePart(scopeId), read(ids(scope), null, personal));
    }

    /**
     * The stakeholders with these ids and every relationship among them (valid on {@code asOf} when given), as the
     * {@code subgraph} query gives them; {@code troika-scene.<extension>}.
     *
     * @throws NotFoundException naming every id no stakeholder has
     * @throws IllegalArgumentException for more ids than {@link GraphService#MAX_SUBGRAPH_IDS}
     */
    public Export scene(ExportFormat format, Collection<String> ids, LocalDate asOf) {
        return scene(format, ids, asOf, false);
    }

    /** As {@link #scene(ExportFormat, Collection, LocalDate)}, with people's personal data when {@code personal} (for staff only). */
    public Export scene(ExportFormat format, Collection<String> ids, LocalDate asOf, boolean personal) {
        requireAllowed(personal);
        Set<String> wanted = new LinkedHashSet<>(ids);
        if (wanted.size() > GraphService.MAX_SUBGRAPH_IDS) {
            throw new IllegalArgumentException("A scene takes at most " + GraphService.MAX_SUBGRAPH_IDS
                    + " stakeholder ids, was given " + wanted.size());
        }
        ExportGraph graph = read(List.copyOf(wanted), asOf, personal);
        Set<String> unknown = new LinkedHashSet<>(wanted);
        graph.nodes().forEach(node -> unknown.remove(node.id()));
        if (!unknown.isEmpty()) {
            throw NotFoundException.ofIds("stakeholder", unknown);
        }
        return write(format, "troika-scene", graph);
    }

    /**
     * A scene as the canvas has it: its stakeholders with all their properties, and exactly its relationships (those
     * it draws, by id), with theirs; {@code troika-scene.<extension>}.
     */
    public Export scene(ExportFormat format, Subgraph scene) {
        return scene(format, scene, false);
    }

    /** As {@link #scene(ExportFormat, Subgraph)}, with people's personal data when {@code personal} (for staff only). */
    public Export scene(ExportFormat format, Subgraph scene, boolean personal) {
        requireAllowed(personal);
        Set<String> drawn = scene.links().stream().map(GraphLink::id).collect(Collectors.toSet());
        ExportGraph among = read(ids(scene), null, personal);
        var relationships = among.relationships().stream().filter(relationship -> drawn.contains(relationship.id())).toList();
        return write(format, "troika-scene", new ExportGraph(among.nodes(), relationships));
    }

    /**
     * The graph an export would write, unwritten: every stakeholder when {@code ids} is null; people without their
     * personal data unless {@code personal}.
     */
    ExportGraph read(List<String> ids, LocalDate asOf, boolean personal) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        parameters.put("asOf", asOf);
        var nodes = neo4j.query(queries.get("exchange/stakeholders")).bindAll(parameters)
                .fetchAs(ExportGraph.Node.class)
                .mappedBy((types, row) -> new ExportGraph.Node(row.get("id").asString(),
                        labels(row.get("labels").asList(Value::asString), row.get("properties").get("kind").asString(null)),
                        new TreeMap<>(kept(row.get("properties").asMap(), personal))))
                .all();
        var relationships = neo4j.query(queries.get("exchange/relationships")).bindAll(parameters)
                .fetchAs(ExportGraph.Relationship.class)
                .mappedBy((types, row) -> new ExportGraph.Relationship(row.get("id").asString(null), row.get("type").asString(),
                        row.get("start").asString(), row.get("end").asString(), new TreeMap<>(row.get("properties").asMap())))
                .all();
        return new ExportGraph(List.copyOf(nodes), List.copyOf(relationships));
    }

    static Export write(ExportFormat format, String name, ExportGraph graph) {
        var bytes = new ByteArrayOutputStream();
        try {
            switch (format) {
                case GRAPHML -> GraphMlWriter.write(graph, bytes);
                case GEXF -> GexfWriter.write(graph, bytes);
                case CSV -> AdminCsvWriter.write(graph, bytes);
                case JSON -> JsonWriter.write(graph, bytes);
                case CYPHER -> CypherWriter.write(graph, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + format + " export", e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the " + format + " export", e);
        }
        return new Export(name + "." + format.extension(), format.contentType(), bytes.toByteArray());
    }

    private static void requireAllowed(boolean personal) {
        if (personal) {
            PersonalData.requireVisible("Exporting personal data (personal=true)");
        }
    }

    private static Map<String, Object> kept(Map<String, Object> properties, boolean personal) {
        return personal || !PersonalData.personal(properties.get("kind")) ? properties : PersonalData.without(properties);
    }

    /** The kind first, then the other labels in order. */
    private static List<String> labels(List<String> labels, String kind) {
        List<String> ordered = new ArrayList<>();
        if (kind != null && labels.contains(kind)) {
            ordered.add(kind);
        }
        labels.stream().filter(label -> !label.equals(kind)).sorted().forEach(ordered::add);
        return ordered;
    }

    private static List<String> ids(Subgraph graph) {
        return graph.nodes().stream().map(GraphNode::id).toList();
    }

    private static String fileNamePart(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
