/** Backs the graph up while Troika runs and restores it into an empty database, and dumps and loads the stopped store. */
package org.troika.backup;
