package org.troika.exchange;

/** How many records of a file an import creates, updates, or finds already as the file has them. */
public record ImportCounts(int created, int updated, int unchanged) {

    public int total() {
        return created + updated + unchanged;
    }
}
