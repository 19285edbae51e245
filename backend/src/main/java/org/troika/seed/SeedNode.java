package org.troika.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.troika.search.SearchKeys;
import org.troika.write.StakeholderRow;

/** A stakeholder of the seed: its id, its labels (kind first) and its properties. */
record SeedNode(String id, List<String> labels, Map<String, Object> properties) {

    String kind() {
        return labels.getFirst();
    }

    /** The row to write: the node's properties with its search keys. */
    StakeholderRow row(SearchKeys searchKeys) {
        Map<String, Object> withKeys = new LinkedHashMap<>(properties);
        withKeys.putAll(searchKeys.properties(name("name"), name("nameEn"), aliases()));
        return new StakeholderRow(id, labels, withKeys);
    }

    private String name(String property) {
        return properties.get(property) instanceof String name ? name : null;
    }

    private List<String> aliases() {
        return properties.get("aliases") instanceof List<?> aliases
                ? aliases.stream().filter(String.class::isInstance).map(String.class::cast).toList()
                : List.of();
    }
}
