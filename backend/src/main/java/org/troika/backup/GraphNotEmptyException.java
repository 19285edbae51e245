package org.troika.backup;

/** A restore found the database holding data and was not told to replace it. */
class GraphNotEmptyException extends RuntimeException {

    GraphNotEmptyException(long nodes) {
        super("The database is not empty: it holds " + nodes + " nodes. Restore into an empty database, or ask to "
                + "replace what it holds (replace=true, or troika.restore.replace=true at start).");
    }
}
