package org.troika.graph;

import java.util.List;
import java.util.Map;

/** A relationship as the API serves it: its type, the ids at both ends and its properties. */
public record Link(String id, String type, String source, String target, Map<String, Object> propertyMap) {

    @SuppressWarnings("unchecked")
    static Link of(Map<String, Object> row) {
        return new Link((String) row.get("id"), (String) row.get("type"), (String) row.get("source"),
                (String) row.get("target"), (Map<String, Object>) row.get("properties"));
    }

    /** The properties other than id and provenance, as name and text. */
    public List<Map<String, String>> properties() {
        return propertyMap.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("id") && !entry.getKey().equals("provenance"))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> Map.of("name", entry.getKey(), "value", String.valueOf(entry.getValue())))
                .toList();
    }

    public List<String> provenance() {
        return propertyMap.get("provenance") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }
}
