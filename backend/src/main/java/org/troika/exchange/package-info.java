/** Writes the graph, a scope or a scene as GraphML, GEXF, neo4j-admin CSV, JSON or a Cypher script, and serves them over HTTP. */
package org.troika.exchange;
