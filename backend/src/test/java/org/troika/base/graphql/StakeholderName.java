package org.troika.base.graphql;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A stakeholder's id and name, mapped by Spring Data Neo4j: what the statement count test reads through a repository. */
@Node("Stakeholder")
record StakeholderName(@Id String id, String name) {
}
