package org.troika.change;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.troika.access.PersonalData;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One change to the graph as the history keeps it (a {@code Change} node).
 *
 * @param targetKind the kind of the stakeholder changed ({@code Estate}) or the type of the relationship ({@code SERVES})
 * @param version    the version of the stakeholder, or the revision of the relationship, that the change made
 * @param provenance what the changed record rests on after the change (before it, for a deletion)
 * @param before     the changed properties before, as a JSON object; null for an addition
 * @param after      the changed properties after, as a JSON object; null for a deletion
 */
public record Change(String id, ZonedDateTime at, String by, boolean authenticated, ChangeOperation operation,
              String targetId, String targetKind, long version, String reason, List<String> provenance,
              String before, String after) {

    /** A {@code Change} node as the current request may see it: a person's names and phone masked below staff. */
    @SuppressWarnings("unchecked")
    static Change of(Map<String, Object> node) {
        String targetKind = (String) node.get("targetKind");
        return new Change((String) node.get("id"), (ZonedDateTime) node.get("at"), (String) node.get("by"),
                (Boolean) node.get("authenticated"), ChangeOperation.valueOf((String) node.get("operation")),
                (String) node.get("targetId"), targetKind, ((Number) node.get("version")).longValue(),
                (String) node.get("reason"), (List<String>) node.get("provenance"),
                shown(targetKind, (String) node.get("before")), shown(targetKind, (String) node.get("after")));
    }

    private static String shown(String targetKind, String json) {
        if (json == null || !PersonalData.personal(targetKind) || PersonalData.visible()) {
            return json;
        }
        Map<String, Object> properties = JsonMapper.shared().readValue(json, new TypeReference<Map<String, Object>>() { });
        Map<String, Object> masked = new TreeMap<>(PersonalData.masked(properties));
        return JsonMapper.shared().writeValueAsString(masked);
    }
}
