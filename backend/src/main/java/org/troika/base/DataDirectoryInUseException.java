package org.troika.base;

import java.nio.file.Path;

/** Another process (or another Troika) holds the embedded database's data directory. */
public class DataDirectoryInUseException extends RuntimeException {

    private final Path dataDirectory;

    DataDirectoryInUseException(Path dataDirectory, Throwable cause) {
        super("The data directory " + dataDirectory + " is in use by another Troika or Neo4j process", cause);
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
