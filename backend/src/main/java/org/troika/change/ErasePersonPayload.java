package org.troika.change;

import java.util.List;
import java.util.Map;

/**
 * What {@code erasePerson} returns.
 *
 * @param person the person as it now stands, with placeholders for its personal data; null when there are errors
 * @param change the {@code ERASE} entry of the history; null when there are errors
 */
record ErasePersonPayload(Map<String, Object> person, Change change, List<MutationError> errors) {

    static ErasePersonPayload refused(List<MutationError> errors) {
        return new ErasePersonPayload(null, null, errors);
    }
}
