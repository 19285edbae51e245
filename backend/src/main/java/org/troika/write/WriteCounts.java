package org.troika.write;

/** How many records a write created and how many it updated. */
public record WriteCounts(long created, long updated) {

    public static final WriteCounts NONE = new WriteCounts(0, 0);

    public WriteCounts plus(WriteCounts other) {
        return new WriteCounts(created + other.created, updated + other.updated);
    }

    public long total() {
        return created + updated;
    }
}
