package org.troika.base;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Recognises a failure because the database cannot be reached, however Spring wrapped it, and says so. */
public final class DatabaseUnreachable {

    /** What a client is told: the fault, and that it passes by itself. */
    public static final String MESSAGE = "The database cannot be reached, so this request could not be answered. "
            + "Troika reconnects by itself once the database is back: try again shortly.";

    private DatabaseUnreachable() {
    }

    /** Whether the driver failed the request because no server answered (stopped, restarting, cut off). */
    public static boolean isCauseOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }
}
