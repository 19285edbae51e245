/** The bounded GraphQL endpoint: limits on every request, clear errors, and a count of the Cypher each request runs. */
package org.troika.base.graphql;
