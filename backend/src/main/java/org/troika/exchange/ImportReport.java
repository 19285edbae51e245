package org.troika.exchange;

import java.util.List;

/**
 * What an import did, or in a dry run would do: the counts of stakeholders and relationships created, updated and
 * unchanged, and every problem. A file with problems writes nothing ({@code written} false).
 *
 * @param batchId the id of the {@code ImportBatch} that records a written import; null when nothing was written
 */
public record ImportReport(String file, boolean dryRun, boolean written, String batchId, ImportCounts stakeholders,
                           ImportCounts relationships, List<ImportProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
