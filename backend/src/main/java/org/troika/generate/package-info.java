/** Generates a synthetic city shaped like the two documented cases and loads it into the graph. */
package org.troika.generate;
