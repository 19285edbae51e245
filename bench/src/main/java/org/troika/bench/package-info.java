/** Benchmarks of a running Troika: GraphQL against the same statements as raw Cypher over Bolt, and sustained load. */
package org.troika.bench;
