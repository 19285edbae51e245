package org.troika.generate;

import java.time.Duration;

/** What a load of a synthetic city wrote, and how fast. */
public record GenerationReport(int scale, long seed, long nodes, long relationships, long nodesCreated,
        long relationshipsCreated, Duration took) {

    /** Nodes and relationships written per second. */
    public double entitiesPerSecond() {
        double seconds = Math.max(took.toMillis(), 1) / 1000.0;
        return (nodes + relationships) / seconds;
    }
}
