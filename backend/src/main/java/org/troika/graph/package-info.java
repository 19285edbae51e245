/** Subgraphs of the co-governance network for the explorer: scopes, scenes by ids, neighbourhoods and paths. */
package org.troika.graph;
