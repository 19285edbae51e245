package org.troika.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A column of a CSV file in the header format that {@code neo4j-admin database import} reads:
 * {@code name:type}, with {@code []} for arrays ({@code ;}-separated), and the special columns
 * {@code id:ID}, {@code :LABEL}, {@code :START_ID}, {@code :END_ID} and {@code :TYPE}.
 */
record AdminCsvHeader(String name, Role role, String type, boolean array) {

    static final String ARRAY_DELIMITER = ";";

    enum Role { ID, LABEL, START_ID, END_ID, TYPE, PROPERTY }

    static AdminCsvHeader parse(String column) {
        String trimmed = column.strip();
        int colon = trimmed.lastIndexOf(':');
        String name = colon < 0 ? trimmed : trimmed.substring(0, colon);
        String type = colon < 0 ? "string" : trimmed.substring(colon + 1);
        switch (type) {
            case "ID": return new AdminCsvHeader(name.isEmpty() ? "id" : name, Role.ID, "string", false);
            case "LABEL": return new AdminCsvHeader("labels", Role.LABEL, "string", true);
            case "START_ID": return new AdminCsvHeader("start", Role.START_ID, "string", false);
            case "END_ID": return new AdminCsvHeader("end", Role.END_ID, "string", false);
            case "TYPE": return new AdminCsvHeader("type", Role.TYPE, "string", false);
            default: break;
        }
        boolean array = type.endsWith("[]");
        String base = (array ? type.substring(0, type.length() - 2) : type).toLowerCase(Locale.ROOT);
        if (!List.of("string", "int", "long", "float", "double", "boolean", "date").contains(base)) {
            throw new IllegalArgumentException("column '" + column + "' has an unknown type '" + type + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("column '" + column + "' has no name");
        }
        return new AdminCsvHeader(name, Role.PROPERTY, base, array);
    }

    /** The typed value of a cell; {@code null} for an empty cell (the property is then absent). */
    Object value(String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        if (array) {
            List<Object> values = new ArrayList<>();
            for (String part : Arrays.asList(cell.split(ARRAY_DELIMITER, -1))) {
                values.add(scalar(part.strip()));
            }
            return values;
        }
        return scalar(cell);
    }

    private Object scalar(String text) {
        try {
            return switch (type) {
                case "int", "long" -> Long.parseLong(text.strip());
                case "float", "double" -> Double.parseDouble(text.strip());
                case "boolean" -> parseBoolean(text.strip());
                case "date" -> LocalDate.parse(text.strip());
                default -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid " + type);
        }
    }

    private static boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
        };
    }
}
