package org.troika.change;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

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

    @SuppressWarnings("unchecked")
    static Change of(Map<String, Object> node) {
        return new Change((String) node.get("id"), (ZonedDateTime) node.get("at"), (String) node.get("by"),
                (Boolean) node.get("authenticated"), ChangeOperation.valueOf((String) node.get("operation")),
                (String) node.get("targetId"), (String) node.get("targetKind"), ((Number) node.get("version")).longValue(),
                (String) node.get("reason"), (List<String>) node.get("provenance"),
                (String) node.get("before"), (String) node.get("after"));
    }
}
