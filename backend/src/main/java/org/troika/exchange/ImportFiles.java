package org.troika.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an upload into tables: a CSV file (Commons CSV), an XLSX workbook (Apache POI), or a zip of such files. */
final class ImportFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** A zip's files together unpack to no more than this, so that a small zip cannot fill the memory. */
    static final int MAX_UNZIPPED = 200 * 1024 * 1024;

    private ImportFiles() {
    }

    /** @throws ImportUnreadableException when the file is empty, of another format, or broken */
    static List<ImportTable> read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new ImportUnreadableException(fileName + " is empty");
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return List.of(csv(fileName, content));
        }
        if (lower.endsWith(".xlsx")) {
            return xlsx(fileName, content);
        }
        if (lower.endsWith(".zip")) {
            return zip(fileName, content);
        }
        throw new ImportUnreadableException(fileName + " is neither a CSV file (.csv), a workbook (.xlsx) nor a zip of them (.zip)");
    }

    private static List<ImportTable> zip(String fileName, byte[] content) {
        List<ImportTable> tables = new ArrayList<>();
        int unzipped = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || name.contains("__MACOSX") || name.startsWith(".")) {
                    continue;
                }
                byte[] bytes = zip.readNBytes(MAX_UNZIPPED - unzipped + 1);
                unzipped += bytes.length;
                if (unzipped > MAX_UNZIPPED) {
                    throw new ImportUnreadableException(fileName + " unpacks to more than " + MAX_UNZIPPED / (1024 * 1024) + " MB");
                }
                if (lower.endsWith(".csv")) {
                    tables.add(csv(fileName + "/" + name, bytes));
                } else if (lower.endsWith(".xlsx")) {
                    tables.addAll(xlsx(fileName + "/" + name, bytes));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportUnreadableException(fileName + " is not a readable zip: " + problem(e), e);
        }
        if (tables.isEmpty()) {
            throw new ImportUnreadableException(fileName + " holds no .csv or .xlsx file");
        }
        return tables;
    }

    private static ImportTable csv(String name, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportUnreadableException(name + " is not UTF-8 text: save the CSV as UTF-8 (or upload the .xlsx)", e);
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> header = null;
            List<ImportTable.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(new ImportTable.Row((int) record.getRecordNumber(), cells));
                }
            }
            if (header == null) {
                throw new ImportUnreadableException(name + " has no header row");
            }
            return new ImportTable(name, baseName(name), header, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportUnreadableException(name + " is not a readable CSV file: " + problem(e), e);
        }
    }

    private static List<ImportTable> xlsx(String name, byte[] content) {
        List<ImportTable> tables = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                ImportTable table = sheet(name + "/" + sheet.getSheetName(), sheet);
                if (table != null) {
                    tables.add(table);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportUnreadableException(name + " is not a readable workbook (.xlsx): " + problem(e), e);
        }
        if (tables.isEmpty()) {
            throw new ImportUnreadableException(name + " has no sheet with a header row");
        }
        return tables;
    }

    /** The sheet as a table, or null when it is empty; the first non-empty row is the header. */
    private static ImportTable sheet(String name, Sheet sheet) {
        List<String> header = null;
        List<ImportTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            int width = header == null ? Math.max(0, row.getLastCellNum()) : header.size();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                cells.add(text(row.getCell(i)));
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                header = cells;
            } else {
                rows.add(new ImportTable.Row(row.getRowNum() + 1, cells));
            }
        }
        return header == null ? null : new ImportTable(name, baseName(sheet.getSheetName()), header, rows);
    }

    /** A cell as the text a CSV would hold: whole numbers without decimals, dates as {@code 2024-05-01}. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC).toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    /**
     * What a parser said was wrong, for the uploader: the innermost message, without the class names that
     * wrapping exceptions put in front of it ({@code org.apache.commons.csv.CSVException: (startline 2) ...}).
     */
    static String problem(Throwable error) {
        String message = null;
        for (Throwable cause = error; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        if (message == null) {
            return "its content is broken";
        }
        String withoutClassNames = JAVA_CLASS_NAME.matcher(message).replaceAll("").strip();
        return withoutClassNames.isEmpty() ? "its content is broken" : withoutClassNames;
    }

    /** A Java class name, such as a wrapped exception's, with the colon after it. */
    private static final java.util.regex.Pattern JAVA_CLASS_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?::\\s*)?");

    private static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).strip().toLowerCase(Locale.ROOT);
    }
}
