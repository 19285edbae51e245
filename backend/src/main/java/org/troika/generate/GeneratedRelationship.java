package org.troika.generate;

import java.util.Map;

/** A generated relationship, one per (start, type, end). */
public record GeneratedRelationship(String start, String type, String end, Map<String, Object> properties) {

    /** The row that seed/merge-relationships merges. */
    Map<String, Object> row() {
        return Map.of("start", start, "end", end, "type", type, "properties", properties);
    }
}
