package org.troika.write;

import java.util.Map;

/** A relationship to write, one per (start, type, end), and the properties to set; a property mapped to null is removed. */
public record RelationshipRow(String start, String type, String end, Map<String, Object> properties) {

    Map<String, Object> parameter() {
        return Map.of("start", start, "type", type, "end", end, "properties", properties);
    }

    Map<String, Object> key(int index) {
        return Map.of("index", index, "start", start, "type", type, "end", end);
    }
}
