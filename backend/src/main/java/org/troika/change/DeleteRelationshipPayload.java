package org.troika.change;

import java.util.List;

record DeleteRelationshipPayload(String deletedId, Change change, List<MutationError> errors) {

    static DeleteRelationshipPayload refused(List<MutationError> errors) {
        return new DeleteRelationshipPayload(null, null, errors);
    }
}
