package org.troika.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends a mix of read requests at a fixed rate for a fixed time (an open model: a request is sent when it is due,
 * whether or not earlier ones have been answered, and its latency counts from when it was due), and prints, every
 * interval and at the end, the throughput, latency percentiles, errors and the server's resident memory.
 */
final class SustainedLoad {

    private static final List<Operation> MIX = List.of(Operation.SEARCH, Operation.SEARCH, Operation.NEIGHBOURHOOD_1,
            Operation.NEIGHBOURHOOD_1, Operation.NEIGHBOURHOOD_1, Operation.NEIGHBOURHOOD_2, Operation.SHORTEST_PATH,
            Operation.INDICATORS);
    /** Requests in flight at most; beyond that the server is not keeping up and a request counts as an error. */
    private static final int MAX_IN_FLIGHT = 2_000;

    private final GraphQlClient graphql;
    private final CitySample sample;

    SustainedLoad(GraphQlClient graphql, CitySample sample) {
        this.graphql = graphql;
        this.sample = sample;
    }

    record Summary(long sent, long answered, long errors, double seconds, long firstRssMiB, long lastRssMiB, long maxRssMiB) {
    }

    Summary run(int rate, int seconds, int intervalSeconds, long serverPid, PrintStream out) throws InterruptedException {
        var inFlight = new Semaphore(MAX_IN_FLIGHT);
        var errors = new AtomicLong();
        var answered = new AtomicLong();
        var firstError = new java.util.concurrent.atomic.AtomicReference<String>();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long nextReport = start + TimeUnit.SECONDS.toNanos(intervalSeconds);
        long firstRss = rssMiB(serverPid);
        long maxRss = firstRss;
        long lastRss = firstRss;
        var interval = new Latencies();
        long intervalErrors = 0;
        long sent = 0;
        out.printf("%8s %10s %9s %9s %9s %8s %10s%n", "seconds", "requests/s", "p50 ms", "p95 ms", "p99 ms", "errors", "RSS MiB");
        for (long due = start; due < end; due += periodNanos) {
            LockSupport.parkNanos(due - System.nanoTime());
            Operation operation = MIX.get((int) (sent % MIX.size()));
            sent++;
            if (!inFlight.tryAcquire()) {
                errors.incrementAndGet();
                continue;
            }
            long dueAt = due;
            var latencies = interval;
            graphql.executeAsync(operation.graphql(operation.input(sample))).whenComplete((data, failure) -> {
                inFlight.release();
                if (failure != null) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, failure.getMessage());
                } else {
                    answered.incrementAndGet();
                    latencies.add(System.nanoTime() - dueAt);
                }
            });
            if (System.nanoTime() >= nextReport) {
                lastRss = rssMiB(serverPid);
                maxRss = Math.max(maxRss, lastRss);
                long errorsNow = errors.get();
                out.printf("%8.0f %10.1f %9.2f %9.2f %9.2f %8d %10s%n", (System.nanoTime() - start) / 1e9,
                        interval.count() / (double) intervalSeconds, interval.percentile(50), interval.percentile(95),
                        interval.percentile(99), errorsNow - intervalErrors, lastRss < 0 ? "-" : Long.toString(lastRss));
                intervalErrors = errorsNow;
                interval = new Latencies();
                nextReport += TimeUnit.SECONDS.toNanos(intervalSeconds);
            }
        }
        inFlight.acquire(MAX_IN_FLIGHT);
        double took = (System.nanoTime() - start) / 1e9;
        lastRss = rssMiB(serverPid);
        maxRss = Math.max(maxRss, lastRss);
        if (firstError.get() != null) {
            out.println("first error: " + firstError.get());
        }
        return new Summary(sent, answered.get(), errors.get(), took, firstRss, lastRss, maxRss);
    }

    /** The resident memory of a process in MiB, from /proc; -1 when unknown. */
    static long rssMiB(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
