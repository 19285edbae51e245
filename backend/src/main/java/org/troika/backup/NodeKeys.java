package org.troika.backup;

import java.util.Arrays;

/**
 * The node keys of a backup as 64-bit hashes in one sorted array (8 bytes a node), so that a restore can check,
 * before it writes anything, that keys are unique and that every relationship joins nodes of the backup. Two keys
 * sharing a hash are so unlikely that the check treats them as one.
 */
final class NodeKeys {

    private long[] hashes = new long[1_024];
    private int size;
    private boolean sorted;

    void add(String key) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash(key);
        sorted = false;
    }

    /** Sorts the keys; returns whether each appeared once. */
    boolean sortAndCheckUnique() {
        Arrays.sort(hashes, 0, size);
        sorted = true;
        for (int i = 1; i < size; i++) {
            if (hashes[i] == hashes[i - 1]) {
                return false;
            }
        }
        return true;
    }

    boolean contains(String key) {
        if (!sorted) {
            throw new IllegalStateException("sort the keys first");
        }
        return Arrays.binarySearch(hashes, 0, size, hash(key)) >= 0;
    }

    /** Two independent 32-bit hashes of the key side by side: String's own and FNV-1a over its characters. */
    private static long hash(String key) {
        int fnv = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            fnv = (fnv ^ key.charAt(i)) * 0x01000193;
        }
        return ((long) key.hashCode() << 32) | (fnv & 0xffffffffL);
    }
}
