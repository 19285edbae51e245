/** Subgraphs of the co-governance network for the explorer: a scope, and later neighbourhoods and paths. */
package org.troika.graph;
