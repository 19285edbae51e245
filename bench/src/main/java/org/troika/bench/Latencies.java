package org.troika.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {

    private long[] values = new long[1024];
    private int count;

    synchronized void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile (0–100) in milliseconds, nearest rank; NaN when empty. */
    synchronized double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.clamp(rank - 1, 0, count - 1)] / 1e6;
    }

    synchronized double mean() {
        return count == 0 ? Double.NaN : Arrays.stream(values, 0, count).average().orElse(0) / 1e6;
    }
}
