package org.troika.stakeholder;

import java.util.List;
import java.util.Locale;

/**
 * What a relationship field of the schema follows: a relationship type in a direction to stakeholders
 * with a label. {@code nodeField} is null when the field returns the stakeholders themselves, and names
 * the field that holds the stakeholder when it returns edges carrying the relationship's properties.
 */
record RelationshipSpec(String type, Direction direction, String targetLabel, String nodeField) {

    enum Direction { OUT, IN, BOTH }

    RelationshipSpec {
        if (!type.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("Relationship type '" + type + "' is not UPPER_SNAKE");
        }
    }

    String query() {
        return "stakeholder/related-" + direction.name().toLowerCase(Locale.ROOT);
    }

    List<String> labels() {
        return List.of(targetLabel);
    }
}
