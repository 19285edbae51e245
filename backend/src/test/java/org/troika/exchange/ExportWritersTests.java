package org.troika.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.troika.seed.AdminCsvHeader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each writer's output read back with an independent reader and compared with the graph written. */
class ExportWritersTests {

    static final ExportGraph GRAPH = new ExportGraph(
            List.of(new ExportGraph.Node("firm", List.of("PropertyFirm", "Stakeholder"), Map.of(
                            "id", "firm", "kind", "PropertyFirm", "name", "物业 <甲> & \"乙\"", "provenance", List.of("F22", "illustrative"))),
                    new ExportGraph.Node("estate", List.of("Estate", "Stakeholder"), Map.of(
                            "id", "estate", "kind", "Estate", "name", "小区 'O\\Brien'\n二", "nameEn", "Estate",
                            "old", true, "areaM2", 12.5, "year", 2021L, "aliases", List.of("甲", "乙")))),
            List.of(new ExportGraph.Relationship("firm-SERVES-estate", "SERVES", "firm", "estate", Map.of(
                            "id", "firm-SERVES-estate", "provenance", List.of("F22"),
                            "since", LocalDate.of(2020, 4, 8), "until", LocalDate.of(2023, 4, 7))),
                    new ExportGraph.Relationship("estate-REVIEWS-firm", "REVIEWS", "estate", "firm", Map.of(
                            "id", "estate-REVIEWS-firm", "provenance", List.of("F04"), "since", 2019L))));

    @Test
    void graphml_holds_every_node_and_edge_with_every_property_under_typed_keys() throws Exception {
        Document document = xml(SceneExport.write(ExportFormat.GRAPHML, "troika", GRAPH).content());
        String ns = GraphMlWriter.NAMESPACE;

        Map<String, String> keyTypes = new HashMap<>();
        forEach(document.getElementsByTagNameNS(ns, "key"), key -> keyTypes.put(key.getAttribute("id"), key.getAttribute("attr.type")));
        assertThat(keyTypes).containsEntry("n-old", "boolean").containsEntry("n-areaM2", "double").containsEntry("n-year", "long")
                .containsEntry("n-name", "string").containsEntry("e-type", "string").containsEntry("e-until", "string")
                // a date on one relationship, a year on another: text
                .containsEntry("e-since", "string");
        List<Element> nodes = elements(document.getElementsByTagNameNS(ns, "node"));
        assertThat(nodes).extracting(node -> node.getAttribute("id")).containsExactly("firm", "estate");
        assertThat(data(nodes.get(0), ns)).containsEntry("n-name", "物业 <甲> & \"乙\"").containsEntry("n-labels", "PropertyFirm;Stakeholder")
                .containsEntry("n-provenance", "F22;illustrative");
        assertThat(data(nodes.get(1), ns)).containsEntry("n-name", "小区 'O\\Brien'\n二").containsEntry("n-old", "true")
                .containsEntry("n-areaM2", "12.5").containsEntry("n-aliases", "甲;乙");
        List<Element> edges = elements(document.getElementsByTagNameNS(ns, "edge"));
        assertThat(edges).extracting(edge -> edge.getAttribute("source") + ">" + edge.getAttribute("target"))
                .containsExactly("firm>estate", "estate>firm");
        assertThat(data(edges.get(0), ns)).containsEntry("e-type", "SERVES").containsEntry("e-since", "2020-04-08")
                .containsEntry("e-until", "2023-04-07");
    }

    @Test
    void gexf_is_a_dynamic_graph_whose_dated_relationships_live_between_their_dates() throws Exception {
        Document document = xml(SceneExport.write(ExportFormat.GEXF, "troika", GRAPH).content());
        String ns = GexfWriter.NAMESPACE;

        Element root = document.getDocumentElement();
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        Element graph = (Element) document.getElementsByTagNameNS(ns, "graph").item(0);
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
        Map<String, String> nodeAttributes = new HashMap<>();
        Map<String, String> edgeAttributes = new HashMap<>();
        forEach(document.getElementsByTagNameNS(ns, "attributes"), attributes -> forEach(
                attributes.getElementsByTagNameNS(ns, "attribute"),
                attribute -> (attributes.getAttribute("class").equals("node") ? nodeAttributes : edgeAttributes)
                        .put(attribute.getAttribute("id"), attribute.getAttribute("type"))));
        assertThat(nodeAttributes).containsEntry("kind", "string").containsEntry("name", "string").containsEntry("old", "boolean");
        assertThat(edgeAttributes).containsEntry("type", "string").containsEntry("since", "string");

        List<Element> nodes = elements(document.getElementsByTagNameNS(ns, "node"));
        // GEXF keeps values in XML attributes, where a parser reads a line break as a space
        assertThat(nodes).extracting(node -> node.getAttribute("label")).containsExactly("物业 <甲> & \"乙\"", "小区 'O\\Brien' 二");
        assertThat(attvalues(nodes.get(1), ns)).containsEntry("kind", "Estate").containsEntry("year", "2021");
        List<Element> edges = elements(document.getElementsByTagNameNS(ns, "edge"));
        assertThat(edges.get(0).getAttribute("start")).isEqualTo("2020-04-08");
        assertThat(edges.get(0).getAttribute("end")).isEqualTo("2023-04-07");
        assertThat(edges.get(0).getAttribute("kind")).isEqualTo("SERVES");
        assertThat(attvalues(edges.get(0), ns)).containsEntry("type", "SERVES").containsEntry("since", "2020-04-08");
        // a year is no date: the relationship has no time span, only its attribute
        assertThat(edges.get(1).hasAttribute("start")).isFalse();
        assertThat(attvalues(edges.get(1), ns)).containsEntry("since", "2019");
    }

    @Test
    void csv_is_a_zip_of_neo4j_admin_import_files_that_read_back_to_the_same_typed_values() throws Exception {
        Map<String, String> files = unzip(SceneExport.write(ExportFormat.CSV, "troika", GRAPH).content());
        assertThat(files).containsOnlyKeys("stakeholders.csv", "relationships.csv");

        List<Map<String, Object>> stakeholders = readAdminCsv(files.get("stakeholders.csv"));
        assertThat(files.get("stakeholders.csv").lines().findFirst().orElseThrow())
                .isEqualTo("id:ID,:LABEL,aliases:string[],areaM2:double,kind,name,nameEn,old:boolean,provenance:string[],year:long"
                        .replace("kind,name,nameEn", "kind:string,name:string,nameEn:string"));
        assertThat(stakeholders).hasSize(2);
        assertThat(stakeholders.get(1)).containsEntry("id", "estate").containsEntry("labels", List.of("Estate", "Stakeholder"))
                .containsEntry("name", "小区 'O\\Brien'\n二").containsEntry("old", true).containsEntry("areaM2", 12.5)
                .containsEntry("year", 2021L).containsEntry("aliases", List.of("甲", "乙"));
        assertThat(stakeholders.get(0)).containsEntry("name", "物业 <甲> & \"乙\"").doesNotContainKey("old");

        List<Map<String, Object>> relationships = readAdminCsv(files.get("relationships.csv"));
        assertThat(files.get("relationships.csv").lines().findFirst().orElseThrow())
                .startsWith(":START_ID,:END_ID,:TYPE,");
        assertThat(relationships.get(0)).containsEntry("start", "firm").containsEntry("end", "estate").containsEntry("type", "SERVES")
                .containsEntry("until", LocalDate.of(2023, 4, 7)).containsEntry("since", "2020-04-08");
        assertThat(relationships.get(1)).containsEntry("type", "REVIEWS").containsEntry("since", "2019");
    }

    @Test
    void json_holds_nodes_and_relationships_with_all_their_properties_typed() {
        JsonNode json = JsonMapper.shared().readTree(SceneExport.write(ExportFormat.JSON, "troika", GRAPH).content());

        assertThat(json.get("nodes")).hasSize(2);
        JsonNode estate = json.get("nodes").get(1);
        assertThat(estate.get("id").asString()).isEqualTo("estate");
        assertThat(estate.at("/labels/0").asString()).isEqualTo("Estate");
        assertThat(estate.at("/properties/old").isBoolean()).isTrue();
        assertThat(estate.at("/properties/year").asLong()).isEqualTo(2021L);
        assertThat(estate.at("/properties/areaM2").asDouble()).isEqualTo(12.5);
        assertThat(estate.at("/properties/name").asString()).isEqualTo("小区 'O\\Brien'\n二");
        assertThat(estate.at("/properties/aliases").toString()).isEqualTo("[\"甲\",\"乙\"]");
        JsonNode serves = json.get("relationships").get(0);
        assertThat(List.of(serves.get("type").asString(), serves.get("start").asString(), serves.get("end").asString()))
                .containsExactly("SERVES", "firm", "estate");
        assertThat(serves.at("/properties/since").asString()).isEqualTo("2020-04-08");
        assertThat(json.at("/relationships/1/properties/since").isNumber()).isTrue();
    }

    @Test
    void an_unknown_format_is_named_with_the_formats_there_are() {
        assertThat(ExportFormat.parse("GexF")).isEqualTo(ExportFormat.GEXF);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportFormat.parse("pdf"))
                .hasMessage("Unknown export format 'pdf': use one of graphml, gexf, csv, json, cypher");
    }

    static Document xml(byte[] content) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    }

    static Map<String, String> unzip(byte[] content) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** A CSV file read as the seed reader reads it: the header parsed, each cell typed by its column. */
    static List<Map<String, Object>> readAdminCsv(String text) throws Exception {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (var parser = format.parse(new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8))) {
            List<AdminCsvHeader> headers = parser.getHeaderNames().stream().map(AdminCsvHeader::parse).toList();
            for (CSVRecord record : parser) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    Object value = headers.get(i).value(record.get(i));
                    if (value != null) {
                        row.put(headers.get(i).name(), value);
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<String, String> data(Element element, String ns) {
        Map<String, String> data = new HashMap<>();
        forEach(element.getElementsByTagNameNS(ns, "data"), child -> data.put(child.getAttribute("key"), child.getTextContent()));
        return data;
    }

    private static Map<String, String> attvalues(Element element, String ns) {
        Map<String, String> values = new HashMap<>();
        forEach(element.getElementsByTagNameNS(ns, "attvalue"), child -> values.put(child.getAttribute("for"), child.getAttribute("value")));
        return values;
    }

    static List<Element> elements(org.w3c.dom.NodeList list) {
        List<Element> elements = new ArrayList<>();
        forEach(list, elements::add);
        return elements;
    }

    private static void forEach(org.w3c.dom.NodeList list, java.util.function.Consumer<Element> action) {
        for (int i = 0; i < list.getLength(); i++) {
            action.accept((Element) list.item(i));
        }
    }
}
