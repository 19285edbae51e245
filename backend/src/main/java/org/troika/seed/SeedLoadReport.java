package org.troika.seed;

/**
 * What one load of the seed did. A second load of the same seed creates nothing.
 *
 * @param stakeholders         stakeholders in the seed
 * @param relationships        relationships in the seed
 * @param facts                facts of the source article
 * @param stakeholdersCreated  stakeholders that were not in the graph before
 * @param relationshipsCreated relationships that were not in the graph before
 */
public record SeedLoadReport(int stakeholders, int relationships, int facts,
                             int stakeholdersCreated, int relationshipsCreated) {
}
