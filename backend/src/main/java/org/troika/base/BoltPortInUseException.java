package org.troika.base;

/** The Bolt port the embedded database should listen on is taken. */
public class BoltPortInUseException extends RuntimeException {

    private final int port;

    BoltPortInUseException(int port, Throwable cause) {
        super("The Bolt port 127.0.0.1:" + port + " is already in use", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
