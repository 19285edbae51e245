package org.troika.exchange;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3, for Gephi: a dynamic graph over dates, where a relationship with {@code since} or {@code until} dates
 * lives from one to the other (Gephi's timeline shows the network of a day); every property an attribute,
 * the node's label its name, the edge's label and kind its type (so that parallel relationships of two types stay two).
 * GEXF keeps values in XML attributes, where a reader sees a line break as a space.
 */
final class GexfWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";

    private GexfWriter() {
    }

    static void write(ExportGraph graph, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("gexf");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("version", "1.3");
        xml.writeStartElement("meta");
        xml.writeAttribute("lastmodifieddate", LocalDate.now().toString());
        element(xml, "creator", "Troika");
        element(xml, "description", "The co-governance network of neighbourhoods");
        xml.writeEndElement();
        xml.writeStartElement("graph");
        xml.writeAttribute("defaultedgetype", "directed");
        xml.writeAttribute("mode", "dynamic");
        xml.writeAttribute("timeformat", "date");
        attributes(xml, "node", "labels", graph.nodePropertyNames(), graph::nodeValues);
        attributes(xml, "edge", "type", graph.relationshipPropertyNames(), graph::relationshipValues);
        xml.writeStartElement("nodes");
        for (ExportGraph.Node node : graph.nodes()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            xml.writeAttribute("label", node.properties().get("name") instanceof String name ? name : node.id());
            xml.writeStartElement("attvalues");
            attvalue(xml, "labels", node.labels());
            attvalues(xml, node.properties());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("edges");
        for (ExportGraph.Relationship relationship : graph.relationships()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", relationship.id());
            xml.writeAttribute("source", relationship.start());
            xml.writeAttribute("target", relationship.end());
            xml.writeAttribute("label", relationship.type());
            xml.writeAttribute("kind", relationship.type());
            if (relationship.properties().get("since") instanceof LocalDate since) {
                xml.writeAttribute("start", since.toString());
            }
            if (relationship.properties().get("until") instanceof LocalDate until) {
                xml.writeAttribute("end", until.toString());
            }
            xml.writeStartElement("attvalues");
            attvalue(xml, "type", relationship.type());
            attvalues(xml, relationship.properties());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private interface Values {
        java.util.List<Object> of(String property);
    }

    /** The attributes of a class: the one the writer adds (labels, type), then every property. */
    private static void attributes(XMLStreamWriter xml, String type, String added, Iterable<String> properties, Values values)
            throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", type);
        attribute(xml, added, "string");
        for (String property : properties) {
            attribute(xml, property, XmlAttributes.type(values.of(property)));
        }
        xml.writeEndElement();
    }

    private static void attribute(XMLStreamWriter xml, String id, String type) throws XMLStreamException {
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", id);
        xml.writeAttribute("title", id);
        xml.writeAttribute("type", type);
    }

    private static void attvalues(XMLStreamWriter xml, Map<String, Object> properties) throws XMLStreamException {
        for (var property : properties.entrySet()) {
            attvalue(xml, property.getKey(), property.getValue());
        }
    }

    private static void attvalue(XMLStreamWriter xml, String id, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", id);
        xml.writeAttribute("value", XmlAttributes.text(value));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
