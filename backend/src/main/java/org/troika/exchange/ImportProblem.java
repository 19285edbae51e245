package org.troika.exchange;

/**
 * One problem of an import, where a spreadsheet shows it: the file (or {@code file/sheet}), the row (the header is
 * row 1; 0 for the file as a whole) and the column as its header cell reads (empty when the problem is the row's).
 */
public record ImportProblem(String file, int row, String column, String problem) {
}
