package org.troika.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.troika.base.CypherLiteral;

/**
 * A Cypher script that recreates the export: one statement a line, each ending in {@code ;}, with every value a
 * literal (no parameters), for {@code cypher-shell -f}. Stakeholders are merged on their id, relationships on their
 * two ends and type, as the seed does, so that running it twice changes nothing.
 */
final class CypherWriter {

    private CypherWriter() {
    }

    static void write(ExportGraph graph, OutputStream out) throws IOException {
        Writer script = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        script.write("// Troika: " + graph.nodes().size() + " stakeholders and " + graph.relationships().size()
                + " relationships. Run with: cypher-shell -f <this file>\n");
        for (ExportGraph.Node node : graph.nodes()) {
            String labels = node.labels().stream().filter(label -> !label.equals("Stakeholder"))
                    .map(label -> ":" + CypherLiteral.name(label)).collect(Collectors.joining());
            script.write("MERGE (n:Stakeholder {id: " + CypherLiteral.string(node.id()) + "})"
                    + (labels.isEmpty() ? "" : " SET n" + labels + ",")
                    + (labels.isEmpty() ? " SET" : "") + " n += " + CypherLiteral.of(node.properties()) + ";\n");
        }
        for (ExportGraph.Relationship relationship : graph.relationships()) {
            script.write("MATCH (a:Stakeholder {id: " + CypherLiteral.string(relationship.start()) + "}), "
                    + "(b:Stakeholder {id: " + CypherLiteral.string(relationship.end()) + "}) "
                    + "MERGE (a)-[r:" + CypherLiteral.name(relationship.type()) + "]->(b) "
                    + "SET r += " + CypherLiteral.of(relationship.properties()) + ";\n");
        }
        script.flush();
    }
}
