package org.troika.change;

import java.util.List;
import java.util.Map;

/**
 * What {@code addRelationship} and {@code updateRelationship} return.
 *
 * @param relationship the relationship as it now stands, with the API's field names; null when there are errors
 * @param change       the change recorded; null when there are errors or nothing differed
 */
record RelationshipPayload(Map<String, Object> relationship, Change change, List<MutationError> errors) {

    static RelationshipPayload refused(List<MutationError> errors) {
        return new RelationshipPayload(null, null, errors);
    }
}
