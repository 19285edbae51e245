package org.troika.backup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The gate between Troika's writers and its online backups and restores: many writers pass together, a backup or
 * restore passes alone. The lock is fair, so a waiting backup stops new writers from overtaking it (and a writer
 * that already holds the gate may enter again), and writes resume in arrival order once it is done.
 */
final class BackupGate {

    /** What a gated call runs. */
    interface Call<T> {
        T run() throws Throwable;
    }

    /** The gate held alone, released by the first {@link #close()}. */
    final class Exclusive implements AutoCloseable {

        private boolean held = true;

        private Exclusive() {
        }

        @Override
        public void close() {
            if (held) {
                held = false;
                lock.writeLock().unlock();
            }
        }
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final Duration exclusiveWait;

    BackupGate(Duration exclusiveWait) {
        this.exclusiveWait = exclusiveWait;
    }

    /** Runs a write once no backup or restore holds the gate. */
    <T> T write(Call<T> call) throws Throwable {
        lock.readLock().lock();
        try {
            return call.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Takes the gate alone, waiting for running writes to finish.
     *
     * @throws GraphBusyException when they do not finish within the configured wait
     */
    Exclusive exclusive() {
        try {
            if (!lock.writeLock().tryLock(exclusiveWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new GraphBusyException(exclusiveWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphBusyException(exclusiveWait);
        }
        return new Exclusive();
    }
}
