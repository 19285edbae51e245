package org.troika.change;

record DeleteRelationshipInput(String id, int revision, String reason) {
}
