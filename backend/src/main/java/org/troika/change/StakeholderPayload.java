package org.troika.change;

import java.util.List;
import java.util.Map;

/**
 * What {@code add<Kind>} and {@code update<Kind>} return ({@code AddEstatePayload}, {@code UpdateEstatePayload},
 * ...): one record for all kinds, since the stakeholder is served as a map whatever its kind.
 *
 * @param stakeholder the stakeholder as it now stands; null when there are errors
 * @param change      the change recorded; null when there are errors or nothing differed
 */
record StakeholderPayload(Map<String, Object> stakeholder, Change change, List<MutationError> errors) {

    static StakeholderPayload refused(List<MutationError> errors) {
        return new StakeholderPayload(null, null, errors);
    }
}
