/** GraphiQL, Troika's own page of it: opened with example queries for staff to start from. */
package org.troika.base.graphiql;
