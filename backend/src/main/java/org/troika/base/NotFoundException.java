package org.troika.base;

/**
 * What a caller asked for does not exist: an unknown id, say. The message names the kind and the id
 * ("No stakeholder with id 'atlantis'"); the GraphQL endpoint returns it as a {@code NOT_FOUND} error.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super("No " + kind + " with id '" + id + "'");
    }
}
