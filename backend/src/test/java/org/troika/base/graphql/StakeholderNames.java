package org.troika.base.graphql;

import java.util.List;
import org.springframework.data.neo4j.repository.Neo4jRepository;

/** A test-only repository: proves that statements run by Spring Data Neo4j repositories are counted. */
interface StakeholderNames extends Neo4jRepository<StakeholderName, String> {

    List<StakeholderName> findByName(String name);
}
