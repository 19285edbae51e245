package org.troika.explore.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search hit as the search box offers it: the stakeholder's id, kind and names, and whether it opens the
 * group of its kind (the box shows the kind's name above the first hit of each kind).
 */
record SearchSuggestion(String id, String kind, String name, String nameEn, boolean firstOfKind) {

    static SearchSuggestion of(Map<String, Object> stakeholder) {
        return new SearchSuggestion((String) stakeholder.get("id"), (String) stakeholder.get("kind"),
                (String) stakeholder.get("name"), (String) stakeholder.get("nameEn"), false);
    }

    /** Hits grouped by kind: the kind of the best hit first, each group in the order of relevance. */
    static List<SearchSuggestion> grouped(List<SearchSuggestion> ranked) {
        Map<String, List<SearchSuggestion>> byKind = new LinkedHashMap<>();
        ranked.forEach(hit -> byKind.computeIfAbsent(hit.kind(), kind -> new ArrayList<>()).add(hit));
        var grouped = new ArrayList<SearchSuggestion>();
        byKind.values().forEach(group -> {
            for (int index = 0; index < group.size(); index++) {
                var hit = group.get(index);
                grouped.add(new SearchSuggestion(hit.id(), hit.kind(), hit.name(), hit.nameEn(), index == 0));
            }
        });
        return grouped;
    }
}
