package org.troika.seed;

import java.util.Map;

/** A relationship of the seed, one per (start, type, end). */
record SeedRelationship(String start, String type, String end, Map<String, Object> properties) {

    String id() {
        return start + "-" + type + "-" + end;
    }

    Map<String, Object> row() {
        return Map.of("start", start, "end", end, "type", type, "properties", properties);
    }
}
