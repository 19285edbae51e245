package org.troika.exchange;

/** An upload that is no CSV, XLSX or zip of them, or is broken; the message names the problem. */
public class ImportUnreadableException extends RuntimeException {

    ImportUnreadableException(String message) {
        super(message);
    }

    ImportUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
