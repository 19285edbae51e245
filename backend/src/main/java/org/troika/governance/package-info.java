/** Governance as the graph shows it: each estate's three carriages and the indicators of a scope. */
package org.troika.governance;
