package org.troika.backup;

/** A file given to restore is not a whole, readable Troika backup; the message names the file, the line and the problem. */
class BackupFileException extends RuntimeException {

    BackupFileException(String message) {
        super(message);
    }

    BackupFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
