package org.troika.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.troika.search.SearchKeys;
import org.troika.write.StakeholderRow;

/** A generated stakeholder: its id, its labels (kind first) and its properties, search keys not yet computed. */
public record GeneratedNode(String id, List<String> labels, Map<String, Object> properties) {

    public String kind() {
        return labels.getFirst();
    }

    /** The row to write: the properties with the search keys of the names. */
    StakeholderRow row(SearchKeys searchKeys) {
        Map<String, Object> withKeys = new LinkedHashMap<>(properties);
        withKeys.putAll(searchKeys.properties((String) properties.get("name"), (String) properties.get("nameEn"), List.of()));
        return new StakeholderRow(id, labels, withKeys);
    }
}
