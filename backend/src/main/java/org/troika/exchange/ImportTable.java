package org.troika.exchange;

import java.util.List;

/**
 * One table of an uploaded file: a CSV file, or one sheet of a workbook. {@code name} says where it is
 * ({@code estates.csv}, {@code staff.xlsx/estate}); {@code baseName} is the file or sheet name without folder and
 * extension, which names the kind when the {@code :LABEL} column is missing or empty.
 */
record ImportTable(String name, String baseName, List<String> header, List<Row> rows) {

    /** A row with its number as a spreadsheet shows it (the header is row 1) and its cells, one per header column. */
    record Row(int number, List<String> cells) {
    }
}
