package org.troika.seed;

import java.util.List;
import java.util.Map;

/** A stakeholder of the seed: its id, its labels (kind first) and its properties. */
record SeedNode(String id, List<String> labels, Map<String, Object> properties) {

    String kind() {
        return labels.getFirst();
    }

    Map<String, Object> row() {
        return Map.of("id", id, "labels", labels, "properties", properties);
    }
}
