package org.troika.change;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.graphql.data.ArgumentValue;

/** The properties of a relationship as a mutation sends them; each tells a property left out from one sent as null. */
record RelationshipPropertiesInput(ArgumentValue<LocalDate> since, ArgumentValue<LocalDate> until,
                                   ArgumentValue<String> role, ArgumentValue<Integer> stars,
                                   ArgumentValue<Boolean> redCommittee, ArgumentValue<String> version,
                                   ArgumentValue<Integer> year, ArgumentValue<Integer> sinceYear) {

    /** The properties sent, by their names in the API; null for one sent as null (to remove it). */
    static Map<String, Object> given(RelationshipPropertiesInput input) {
        Map<String, Object> given = new HashMap<>();
        if (input != null) {
            put(given, "since", input.since);
            put(given, "until", input.until);
            put(given, "role", input.role);
            put(given, "stars", input.stars);
            put(given, "redCommittee", input.redCommittee);
            put(given, "version", input.version);
            put(given, "year", input.year);
            put(given, "sinceYear", input.sinceYear);
        }
        return given;
    }

    private static void put(Map<String, Object> given, String name, ArgumentValue<?> value) {
        if (value != null && !value.isOmitted()) {
            given.put(name, value.value());
        }
    }
}
