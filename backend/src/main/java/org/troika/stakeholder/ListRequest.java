package org.troika.stakeholder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.troika.access.PersonalData;

/**
 * A list query's filters, sort and page, as parameters of {@code stakeholder/list}. Built from the
 * GraphQL {@code where} input: its reserved fields become their own parameters, every other field
 * names a property of the kind (the schema only offers real ones) and becomes a property filter.
 */
record ListRequest(String kind, Map<String, Object> filters, List<Map<String, Object>> sort, long skip, int limit) {

    private static final Set<String> RESERVED = Set.of(
            "id", "ids", "nameContains", "subDistrict", "district", "scope", "illustrative", "has", "lacks",
            "carriagesComplete");

    static ListRequest of(String kind, Map<String, Object> where, List<Map<String, Object>> orderBy,
                          long skip, int limit) {
        if (PersonalData.personal(kind)) {
            requirePersonalAllowed(where == null ? Map.of() : where, orderBy == null ? List.of() : orderBy);
        }
        return new ListRequest(kind, filters(where == null ? Map.of() : where),
                sort(orderBy == null ? List.of() : orderBy), skip, limit);
    }

    /** Filtering or sorting people by a personal field would reveal it: only for whoever may see it. */
    private static void requirePersonalAllowed(Map<String, Object> where, List<Map<String, Object>> orderBy) {
        if (where.get("nameContains") != null) {
            PersonalData.requireVisible("Filtering people by name (nameContains)");
        }
        where.forEach((name, value) -> {
            if (value != null && PersonalData.FIELDS.contains(name)) {
                PersonalData.requireVisible("Filtering people by " + name);
            }
        });
        orderBy.forEach(order -> {
            if (PersonalData.FIELDS.contains(String.valueOf(order.get("field")))) {
                PersonalData.requireVisible("Sorting people by " + order.get("field"));
            }
        });
    }

    /** The parameters of the count query: the filters and the kind. */
    Map<String, Object> countParameters() {
        Map<String, Object> parameters = new HashMap<>(filters);
        parameters.put("kind", kind);
        return parameters;
    }

    /** All parameters of the list query. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>(filters);
        parameters.put("kind", kind);
        parameters.put("sort", sort);
        parameters.put("skip", skip);
        parameters.put("limit", limit);
        return parameters;
    }

    private static Map<String, Object> filters(Map<String, Object> where) {
        List<String> ids = new ArrayList<>();
        if (where.get("id") instanceof String id) {
            ids.add(id);
        }
        if (where.get("ids") instanceof List<?> list) {
            list.forEach(id -> ids.add((String) id));
        }
        List<String> scopes = new ArrayList<>();
        for (String key : List.of("subDistrict", "district", "scope")) {
            if (where.get(key) instanceof String scope) {
                scopes.add(scope);
            }
        }
        List<Map<String, Object>> properties = new ArrayList<>();
        where.forEach((name, value) -> {
            if (!RESERVED.contains(name) && value != null) {
                properties.addAll(propertyFilters(name, value));
            }
        });
        Map<String, Object> filters = new HashMap<>();
        filters.put("ids", where.containsKey("id") || where.containsKey("ids") ? ids : null);
        filters.put("nameContains", where.get("nameContains"));
        filters.put("illustrative", where.get("illustrative"));
        filters.put("carriagesComplete", where.get("carriagesComplete"));
        filters.put("scopes", scopes);
        filters.put("properties", properties);
        filters.put("has", relationshipFilters(where.get("has")));
        filters.put("lacks", relationshipFilters(where.get("lacks")));
        return filters;
    }

    /** A Boolean filter is an equality; a range or text filter is one condition per bound given. */
    private static List<Map<String, Object>> propertyFilters(String name, Object value) {
        if (!(value instanceof Map<?, ?> conditions)) {
            return List.of(Map.of("name", name, "op", "eq", "value", value));
        }
        List<Map<String, Object>> filters = new ArrayList<>();
        conditions.forEach((op, bound) -> {
            if (bound != null) {
                filters.add(Map.of("name", name, "op", op, "value", bound));
            }
        });
        return filters;
    }

    private static List<Map<String, Object>> relationshipFilters(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        List<Map<String, Object>> filters = new ArrayList<>();
        for (Object item : list) {
            Map<?, ?> filter = (Map<?, ?>) item;
            Map<String, Object> row = new HashMap<>();
            row.put("type", filter.get("type"));
            row.put("direction", filter.get("direction") == null ? "BOTH" : filter.get("direction").toString());
            row.put("otherKind", filter.get("otherKind"));
            filters.add(row);
        }
        return filters;
    }

    private static List<Map<String, Object>> sort(List<Map<String, Object>> orderBy) {
        return orderBy.stream()
                .map(order -> Map.<String, Object>of(
                        "property", order.get("field").toString(),
                        "descending", "DESC".equals(String.valueOf(order.get("direction")))))
                .toList();
    }
}
