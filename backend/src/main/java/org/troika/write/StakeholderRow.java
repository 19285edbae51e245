package org.troika.write;

import java.util.List;
import java.util.Map;

/**
 * A stakeholder to write: its id, the labels it must carry besides {@code Stakeholder} (kind first) and the
 * properties to set, search keys included; a property mapped to null is removed.
 */
public record StakeholderRow(String id, List<String> labels, Map<String, Object> properties) {

    Map<String, Object> parameter() {
        return Map.of("id", id, "labels", labels, "properties", properties);
    }
}
