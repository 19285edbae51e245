package org.troika.seed;

import java.util.List;

/** The whole seed as read from its files, validated. */
record SeedData(List<SeedNode> nodes, List<SeedRelationship> relationships) {
}
