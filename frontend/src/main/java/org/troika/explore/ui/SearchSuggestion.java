package org.troika.explore.ui;

import java.util.Map;

/** A search hit as the search box offers it: the stakeholder's id, kind and names. */
record SearchSuggestion(String id, String kind, String name, String nameEn) {

    static SearchSuggestion of(Map<String, Object> stakeholder) {
        return new SearchSuggestion((String) stakeholder.get("id"), (String) stakeholder.get("kind"),
                (String) stakeholder.get("name"), (String) stakeholder.get("nameEn"));
    }
}
