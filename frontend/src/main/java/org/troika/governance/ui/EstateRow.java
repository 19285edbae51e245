package org.troika.governance.ui;

import java.util.List;
import java.util.Map;
import org.troika.governance.ThreeCarriages;

/** One estate of the estates grid with its three carriages. */
record EstateRow(Map<String, Object> estate, ThreeCarriages carriages) {

    String id() {
        return (String) estate.get("id");
    }

    String name(boolean english) {
        return label(estate, english);
    }

    static String label(Map<String, Object> stakeholder, boolean english) {
        Object name = english ? stakeholder.get("nameEn") : stakeholder.get("name");
        return name == null ? String.valueOf(stakeholder.get("name")) : name.toString();
    }

    static String labels(List<Map<String, Object>> stakeholders, boolean english) {
        return stakeholders.isEmpty() ? "—"
                : String.join("、", stakeholders.stream().map(stakeholder -> label(stakeholder, english)).toList());
    }
}
