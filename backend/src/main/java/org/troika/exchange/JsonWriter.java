package org.troika.exchange;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON: {@code {"nodes": [{"id", "labels", "properties"}], "relationships": [{"id", "type", "start", "end",
 * "properties"}]}}, every property with its JSON type; dates as ISO-8601 text.
 */
final class JsonWriter {

    private JsonWriter() {
    }

    static void write(ExportGraph graph, OutputStream out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("nodes", graph.nodes().stream().map(node -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", node.id());
            json.put("labels", node.labels());
            json.put("properties", properties(node.properties()));
            return json;
        }).toList());
        document.put("relationships", graph.relationships().stream().map(relationship -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", relationship.id());
            json.put("type", relationship.type());
            json.put("start", relationship.start());
            json.put("end", relationship.end());
            json.put("properties", properties(relationship.properties()));
            return json;
        }).toList());
        JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValue(out, document);
    }

    private static Map<String, Object> properties(Map<String, Object> properties) {
        Map<String, Object> json = new TreeMap<>();
        properties.forEach((name, value) -> json.put(name, value(value)));
        return json;
    }

    private static Object value(Object value) {
        return switch (value) {
            case LocalDate date -> date.toString();
            case Collection<?> list -> list.stream().map(JsonWriter::value).toList();
            case java.time.temporal.TemporalAccessor temporal -> temporal.toString();
            default -> value;
        };
    }
}
