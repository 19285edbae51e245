package org.troika.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.troika.seed.AdminCsvHeader;
import org.troika.stakeholder.StakeholderKind;

/**
 * The empty files staff fill in to import: one per stakeholder kind ({@code estate.csv}, {@code estate.xlsx}) with
 * the kind's columns as the seed has them, and one for relationships ({@code relationships.csv}), as CSV (UTF-8
 * with a byte order mark, so that spreadsheet programs read Chinese) or XLSX.
 */
@Component
public class ImportTemplates {

    /** The name of the relationship template. */
    public static final String RELATIONSHIPS = "relationships";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportSchema schema;

    ImportTemplates(ImportSchema schema) {
        this.schema = schema;
    }

    /** Every template's name: each kind's ({@code owners-committee}), then {@value #RELATIONSHIPS}. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (StakeholderKind kind : StakeholderKind.values()) {
            names.add(ImportSchema.slug(kind.label()));
        }
        names.add(RELATIONSHIPS);
        return List.copyOf(names);
    }

    /** The kind a template is for, null for the relationship template. */
    public StakeholderKind kind(String name) {
        return schema.kindOfSlug(name).orElse(null);
    }

    /**
     * A template as a file: {@code name} is one of {@link #names()}, {@code extension} {@code csv} or {@code xlsx}.
     *
     * @throws IllegalArgumentException naming what is wrong for another name or extension
     */
    public Export template(String name, String extension) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<String> columns = columns(wanted);
        return switch (extension.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> new Export(wanted + ".csv", "text/csv;charset=UTF-8", csv(columns));
            case "xlsx" -> new Export(wanted + ".xlsx", XLSX, xlsx(wanted, columns));
            default -> throw new IllegalArgumentException("No template format '" + extension + "': give csv or xlsx");
        };
    }

    private List<String> columns(String name) {
        List<AdminCsvHeader> columns;
        if (name.equals(RELATIONSHIPS)) {
            columns = schema.relationshipColumns();
        } else {
            StakeholderKind kind = schema.kindOfSlug(name).orElseThrow(() -> new IllegalArgumentException(
                    "No template '" + name + "': give a kind such as estate or owners-committee, or relationships"));
            columns = schema.kindColumns(kind.label());
        }
        return columns.stream().map(ImportTemplates::headerCell).toList();
    }

    /** As the seed writes it: a plain text column by its bare name ({@code name}, {@code role}). */
    private static String headerCell(AdminCsvHeader column) {
        boolean plainText = column.role() == AdminCsvHeader.Role.PROPERTY && column.type().equals("string") && !column.array();
        return plainText ? column.name() : column.column();
    }

    private static byte[] csv(List<String> columns) {
        var out = new StringBuilder("\uFEFF");
        try (var csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(String sheetName, List<String> columns) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.max(12, columns.get(i).length() + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the template " + sheetName, e);
        }
    }
}
