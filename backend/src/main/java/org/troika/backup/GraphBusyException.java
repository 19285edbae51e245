package org.troika.backup;

import java.time.Duration;

/** A backup or restore could not start: writes to the graph, or another backup or restore, kept running. */
class GraphBusyException extends RuntimeException {

    GraphBusyException(Duration waited) {
        super("The graph stayed busy with writes or another backup or restore for " + waited.toSeconds()
                + " s; try again when they are done");
    }
}
