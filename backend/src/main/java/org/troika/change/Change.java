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

    /**
     * A {@code Change} node as the current request may see it: below staff, a person's names and phone masked in
     * before and after, and wherever the reason repeats one of them.
     */
    @SuppressWarnings("unchecked")
    static Change of(Map<String, Object> node) {
        String targetKind = (String) node.get("targetKind");
        String before = (String) node.get("before");
        String after = (String) node.get("after");
        String reason = (String) node.get("reason");
        if (PersonalData.personal(targetKind) && !PersonalData.visible()) {
            Map<String, Object> beforeValues = parsed(before);
            Map<String, Object> afterValues = parsed(after);
            reason = maskedIn(maskedIn(reason, beforeValues), afterValues);
            before = masked(beforeValues);
            after = masked(afterValues);
        }
        return new Change((String) node.get("id"), (ZonedDateTime) node.get("at"), (String) node.get("by"),
                (Boolean) node.get("authenticated"), ChangeOperation.valueOf((String) node.get("operation")),
                (String) node.get("targetId"), targetKind, ((Number) node.get("version")).longValue(),
                reason, (List<String>) node.get("provenance"), before, after);
    }

    private static Map<String, Object> parsed(String json) {
        return json == null ? null : JsonMapper.shared().readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    private static String masked(Map<String, Object> properties) {
        return properties == null ? null : JsonMapper.shared().writeValueAsString(new TreeMap<>(PersonalData.masked(properties)));
    }

    /** The text with each personal value of the properties replaced by its masked form. */
    private static String maskedIn(String text, Map<String, Object> properties) {
        if (text == null || properties == null) {
            return text;
        }
        String result = text;
        for (String field : PersonalData.FIELDS) {
            Object value = properties.get(field);
            for (Object each : value instanceof List<?> list ? list : java.util.Collections.singletonList(value)) {
                if (each instanceof String personal && personal.strip().length() > 1) {
                    result = result.replace(personal, "phone".equals(field)
                            ? PersonalData.maskPhone(personal) : PersonalData.maskName(personal));
                }
            }
        }
        return result;
    }
}
