/** The facts of the source article, and the fact check that recomputes every published figure from the graph. */
package org.troika.fact;
