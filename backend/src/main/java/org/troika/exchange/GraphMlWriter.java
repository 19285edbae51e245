package org.troika.exchange;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML with every property: a key per node property ({@code n-name}) and per relationship property
 * ({@code e-since}), typed where GraphML can say it; the labels as {@code n-labels} and the type as {@code e-type}.
 */
final class GraphMlWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {
    }

    static void write(ExportGraph graph, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(NAMESPACE);
        key(xml, "n-labels", "node", "labels", "string");
        for (String property : graph.nodePropertyNames()) {
            key(xml, "n-" + property, "node", property, XmlAttributes.type(graph.nodeValues(property)));
        }
        key(xml, "e-type", "edge", "type", "string");
        for (String property : graph.relationshipPropertyNames()) {
            key(xml, "e-" + property, "edge", property, XmlAttributes.type(graph.relationshipValues(property)));
        }
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "troika");
        xml.writeAttribute("edgedefault", "directed");
        for (ExportGraph.Node node : graph.nodes()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            data(xml, "n-labels", node.labels());
            for (var property : node.properties().entrySet()) {
                data(xml, "n-" + property.getKey(), property.getValue());
            }
            xml.writeEndElement();
        }
        for (ExportGraph.Relationship relationship : graph.relationships()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", relationship.id());
            xml.writeAttribute("source", relationship.start());
            xml.writeAttribute("target", relationship.end());
            data(xml, "e-type", relationship.type());
            for (var property : relationship.properties().entrySet()) {
                data(xml, "e-" + property.getKey(), property.getValue());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(XmlAttributes.text(value));
        xml.writeEndElement();
    }
}
