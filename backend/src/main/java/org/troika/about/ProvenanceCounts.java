package org.troika.about;

/**
 * The stakeholders of the graph by what they rest on.
 *
 * @param factBacked   stakeholders resting only on facts the source article states
 * @param illustrative stand-ins for entities the article counts or implies without naming them
 * @param other        stakeholders added with a source note of their own, or with no provenance
 */
public record ProvenanceCounts(long factBacked, long illustrative, long other) {

    public long total() {
        return factBacked + illustrative + other;
    }
}
