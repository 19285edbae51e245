package org.troika.change;

import java.util.List;

/** @param provenance the new provenance, replacing the old; null leaves it */
record UpdateRelationshipInput(String id, int revision, RelationshipPropertiesInput properties,
                               List<String> provenance, String reason) {
}
