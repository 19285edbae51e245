/** What every feature stands on: the Neo4j database (embedded or external), schema migrations and the named Cypher queries. */
package org.troika.base;
