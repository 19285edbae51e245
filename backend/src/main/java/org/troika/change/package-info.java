/** Changes to the graph: add, update and delete of stakeholders and relationships, each with its audit record, and their history. */
package org.troika.change;
