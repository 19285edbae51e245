package org.troika.generate;

import java.util.Map;
import org.troika.write.RelationshipRow;

/** A generated relationship, one per (start, type, end). */
public record GeneratedRelationship(String start, String type, String end, Map<String, Object> properties) {

    RelationshipRow row() {
        return new RelationshipRow(start, type, end, properties);
    }
}
