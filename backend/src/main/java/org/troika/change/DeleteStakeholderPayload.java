package org.troika.change;

import java.util.List;

/**
 * What {@code delete<Kind>} returns ({@code DeleteEstatePayload}, ...).
 *
 * @param detachedRelationships the ids of the relationships deleted with it, when asked to detach
 */
record DeleteStakeholderPayload(String deletedId, List<String> detachedRelationships, Change change,
                                List<MutationError> errors) {

    static DeleteStakeholderPayload refused(List<MutationError> errors) {
        return new DeleteStakeholderPayload(null, List.of(), null, errors);
    }
}
