package org.troika.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the embedded database's start-up failures into a short explanation instead of a stack trace. */
final class StartupFailureAnalyzers {

    private StartupFailureAnalyzers() {
    }

    static final class DataDirectoryInUse extends AbstractFailureAnalyzer<DataDirectoryInUseException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, DataDirectoryInUseException cause) {
            return new FailureAnalysis(
                    "Troika could not open its database: the data directory " + cause.dataDirectory()
                            + " is already in use by another Troika or Neo4j process.",
                    "Stop the other instance, or give this one its own directory with TROIKA_DATA_DIR=<path>.",
                    cause);
        }
    }

    static final class BoltPortInUse extends AbstractFailureAnalyzer<BoltPortInUseException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, BoltPortInUseException cause) {
            return new FailureAnalysis(
                    "Troika could not start its database: the Bolt port 127.0.0.1:" + cause.port()
                            + " is already in use.",
                    "Stop the process using that port, or choose another with TROIKA_BOLT_PORT=<port>.",
                    cause);
        }
    }
}
