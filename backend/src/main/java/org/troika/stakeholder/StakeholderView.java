package org.troika.stakeholder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.troika.access.PersonalData;

/**
 * A stakeholder as the GraphQL API serves it: the node's properties, plus what is derived from them
 * ({@code illustrative}) and defaults for what older nodes may lack ({@code aliases}, {@code version}).
 * A map, so that every kind's own properties reach the field of the same name without a class per kind.
 * A person's personal data is masked here for whoever may not see it ({@link PersonalData#view}), so that every
 * path that reads stakeholders (by id, lists, relationships, search, neighbourhoods, paths) serves it masked.
 */
public final class StakeholderView {

    private StakeholderView() {
    }

    public static Map<String, Object> of(Map<String, Object> properties) {
        Map<String, Object> view = new HashMap<>(properties);
        view.putIfAbsent("aliases", List.of());
        view.putIfAbsent("provenance", List.of());
        view.putIfAbsent("version", 0L);
        view.put("illustrative", ((List<?>) view.get("provenance")).contains("illustrative"));
        return PersonalData.view(view);
    }

    public static String id(Object view) {
        return (String) ((Map<?, ?>) view).get("id");
    }

    public static String kind(Object view) {
        return (String) ((Map<?, ?>) view).get("kind");
    }
}
