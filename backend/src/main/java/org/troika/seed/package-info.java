/** Loads the two documented cases of {@code seed/} into the graph: idempotently, on first start or on demand. */
package org.troika.seed;
