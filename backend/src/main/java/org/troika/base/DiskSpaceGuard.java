package org.troika.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Refuses to begin a write transaction while the disk holding the embedded database has less free
 * space than {@code troika.min-free-disk}. A commit that meets a truly full disk fails, and Neo4j
 * can then take the database down until a restart; refusing writes a little before that keeps reads
 * going and lets writes resume by themselves when space returns. Spring Boot registers this listener with the Neo4j
 * transaction manager, so it sees every {@code @Transactional} write, from GraphQL or the UI alike.
 */
@Component
class DiskSpaceGuard implements TransactionExecutionListener {

    private final TroikaProperties properties;

    DiskSpaceGuard(TroikaProperties properties) {
        this.properties = properties;
    }

    @Override
    public void beforeBegin(TransactionExecution transaction) {
        if (!transaction.isReadOnly()) {
            requireFreeSpace();
        }
    }

    /** Throws {@link DiskSpaceLowException} when the embedded database's disk is short of space. */
    void requireFreeSpace() {
        long minimum = properties.minFreeDisk().toBytes();
        if (!properties.embedded() || minimum <= 0) {
            return; // an external server watches its own disk
        }
        Path dataDirectory = properties.dataDir().toAbsolutePath().normalize();
        long free = freeSpace(dataDirectory);
        if (free < minimum) {
            throw new DiskSpaceLowException(dataDirectory, free, minimum);
        }
    }

    private static long freeSpace(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the free space of the disk holding " + directory, e);
        }
    }
}
