package org.troika.backup;

/** An offline dump or load could not be made; the message names the problem. */
class StoreDumpException extends RuntimeException {

    StoreDumpException(String message) {
        super(message);
    }

    StoreDumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
