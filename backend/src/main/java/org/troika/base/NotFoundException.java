package org.troika.base;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What a caller asked for does not exist: an unknown id, say. The message names the kind and the id
 * ("No stakeholder with id 'atlantis'"); the GraphQL endpoint returns it as a {@code NOT_FOUND} error.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super("No " + kind + " with id '" + id + "'");
    }

    private NotFoundException(String message) {
        super(message);
    }

    /** For several ids at once: "No stakeholders with ids 'atlantis', 'lemuria'" (the singular for one). */
    public static NotFoundException ofIds(String kind, Collection<String> ids) {
        if (ids.size() == 1) {
            return new NotFoundException(kind, ids.iterator().next());
        }
        return new NotFoundException("No " + kind + "s with ids "
                + ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")));
    }
}
