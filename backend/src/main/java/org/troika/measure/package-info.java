/** Network measures over a scope (centrality, communities and brokerage), computed with JGraphT on the scope's graph read from Neo4j. */
package org.troika.measure;
