package org.troika.base;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A write refused because the disk holding the embedded database has less free space than
 * {@code troika.min-free-disk}. Reads go on; writes succeed again, without a restart, once there
 * is room. The GraphQL endpoint returns it as an {@code INSUFFICIENT_STORAGE} error, HTTP as 507.
 */
public class DiskSpaceLowException extends RuntimeException {

    DiskSpaceLowException(Path dataDirectory, long freeBytes, long minimumBytes) {
        super("Writes are refused: the disk holding the database has less than " + size(minimumBytes)
                + " free (" + size(freeBytes) + " left for " + dataDirectory + "). Reads still work; free space on "
                + "that disk (or lower troika.min-free-disk) and writes work again without a restart.");
    }

    static String size(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        if (megabytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f GB", megabytes / 1024);
        }
        return String.format(Locale.ROOT, "%.0f MB", megabytes);
    }
}
