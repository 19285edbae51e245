package org.troika.seed;

import java.util.Map;
import org.troika.write.RelationshipRow;

/** A relationship of the seed, one per (start, type, end). */
record SeedRelationship(String start, String type, String end, Map<String, Object> properties) {

    String id() {
        return start + "-" + type + "-" + end;
    }

    RelationshipRow row() {
        return new RelationshipRow(start, type, end, properties);
    }
}
