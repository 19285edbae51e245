package org.troika.change;

import java.util.List;

record AddRelationshipInput(String type, String from, String to, RelationshipPropertiesInput properties,
                            List<String> provenance, String reason) {
}
