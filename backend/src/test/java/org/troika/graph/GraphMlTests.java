package org.troika.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class GraphMlTests {

    @Test
    void a_subgraph_becomes_graphml_with_its_stakeholders_relationships_and_escaped_names() throws Exception {
        var graph = new Subgraph(
                List.of(new GraphNode("a", "Estate", "示意小区 <甲> & 乙", "Illustrative \"A\"", List.of("illustrative", "F02")),
                        new GraphNode("b", "PropertyFirm", "物业", null, List.of("F22"))),
                List.of(new GraphLink("b-SERVES-a", "SERVES", "b", "a", LocalDate.of(2020, 4, 8), null)), false);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(GraphMl.write(graph)));

        var nodes = document.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        var edges = document.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
        assertThat(nodes.getLength()).isEqualTo(2);
        assertThat(edges.getLength()).isEqualTo(1);
        Element edge = (Element) edges.item(0);
        assertThat(edge.getAttribute("source")).isEqualTo("b");
        assertThat(edge.getAttribute("target")).isEqualTo("a");
        assertThat(data(edge)).containsEntry("edge-type", "SERVES").containsEntry("edge-since", "2020-04-08")
                .doesNotContainKey("edge-until");
        var keys = document.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key");
        List<String> keyIds = new ArrayList<>();
        for (int i = 0; i < keys.getLength(); i++) {
            keyIds.add(((Element) keys.item(i)).getAttribute("id"));
        }
        assertThat(keyIds).contains("edge-type", "edge-since", "edge-until");
        assertThat(nodes.item(0).getTextContent()).contains("示意小区 <甲> & 乙", "Illustrative \"A\"", "illustrative;F02", "true");
    }

    private static Map<String, String> data(Element element) {
        Map<String, String> data = new HashMap<>();
        var children = element.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
        for (int i = 0; i < children.getLength(); i++) {
            Element child = (Element) children.item(i);
            data.put(child.getAttribute("key"), child.getTextContent());
        }
        return data;
    }
}
