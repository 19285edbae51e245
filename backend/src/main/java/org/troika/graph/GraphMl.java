package org.troika.graph;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a subgraph as GraphML, which Gephi, yEd, Cytoscape desktop and NetworkX read: stakeholders with
 * their kind, names and provenance; relationships with their type and the dates they are valid between.
 */
public final class GraphMl {

    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final List<String[]> NODE_KEYS = List.of(
            new String[] {"kind", "string"}, new String[] {"name", "string"}, new String[] {"nameEn", "string"},
            new String[] {"provenance", "string"}, new String[] {"illustrative", "boolean"});

    private GraphMl() {
    }

    public static byte[] write(Subgraph graph) {
        var bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            for (String[] key : NODE_KEYS) {
                key(xml, key[0], "node", key[1]);
            }
            key(xml, "type", "edge", "string");
            key(xml, "since", "edge", "string");
            key(xml, "until", "edge", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "troika");
            xml.writeAttribute("edgedefault", "directed");
            for (GraphNode node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id());
                data(xml, "node", "kind", node.kind());
                data(xml, "node", "name", node.name());
                data(xml, "node", "nameEn", node.nameEn());
                data(xml, "node", "provenance", String.join(";", node.provenance()));
                data(xml, "node", "illustrative", String.valueOf(node.illustrative()));
                xml.writeEndElement();
            }
            for (GraphLink link : graph.links()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", link.id());
                xml.writeAttribute("source", link.source());
                xml.writeAttribute("target", link.target());
                data(xml, "edge", "type", link.type());
                data(xml, "edge", "since", link.since() == null ? null : link.since().toString());
                data(xml, "edge", "until", link.until() == null ? null : link.until().toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write GraphML", e);
        }
        return bytes.toByteArray();
    }

    private static void key(XMLStreamWriter xml, String name, String domain, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", domain + "-" + name);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String domain, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", domain + "-" + key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

}
