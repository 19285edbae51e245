package org.troika.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A column of a CSV file in the header format that {@code neo4j-admin database import} reads:
 * {@code name:type}, with {@code []} for arrays ({@code ;}-separated), and the special columns
 * {@code id:ID}, {@code :LABEL}, {@code :START_ID}, {@code :END_ID} and {@code :TYPE}. The seed is read with it, and
 * exports are written with it, so that both speak the same format.
 */
public record AdminCsvHeader(String name, Role role, String type, boolean array) {

    public static final String ARRAY_DELIMITER = ";";

    /** What a column holds. */
    public enum Role { ID, LABEL, START_ID, END_ID, TYPE, PROPERTY }

    private static final List<String> TYPES = List.of("string", "int", "long", "float", "double", "boolean", "date");

    public static final AdminCsvHeader ID = new AdminCsvHeader("id", Role.ID, "string", false);
    public static final AdminCsvHeader LABEL = new AdminCsvHeader("labels", Role.LABEL, "string", true);
    public static final AdminCsvHeader START_ID = new AdminCsvHeader("start", Role.START_ID, "string", false);
    public static final AdminCsvHeader END_ID = new AdminCsvHeader("end", Role.END_ID, "string", false);
    public static final AdminCsvHeader TYPE = new AdminCsvHeader("type", Role.TYPE, "string", false);

    /**
     * The property column that holds these values (a sample of them is enough): typed {@code long}, {@code double},
     * {@code boolean}, {@code date} or {@code string}, as an array when they are lists. Values of different types in
     * one column are all written as text, since a column has one type.
     */
    public static AdminCsvHeader property(String name, Collection<?> values) {
        Set<String> types = new LinkedHashSet<>();
        Set<Boolean> arrays = new LinkedHashSet<>();
        for (Object value : values) {
            if (value instanceof Collection<?> list) {
                arrays.add(true);
                list.forEach(element -> types.add(typeOf(element)));
            } else if (value != null) {
                arrays.add(false);
                types.add(typeOf(value));
            }
        }
        boolean array = arrays.equals(Set.of(true));
        String type = types.size() == 1 && arrays.size() == 1 ? types.iterator().next() : "string";
        return new AdminCsvHeader(name, Role.PROPERTY, type, array);
    }

    /** The column as a header cell: {@code id:ID}, {@code :LABEL}, {@code since:date}, {@code aliases:string[]}. */
    public String column() {
        return switch (role) {
            case ID -> name + ":ID";
            case LABEL -> ":LABEL";
            case START_ID -> ":START_ID";
            case END_ID -> ":END_ID";
            case TYPE -> ":TYPE";
            case PROPERTY -> name + ":" + type + (array ? "[]" : "");
        };
    }

    /** A value as the cell that {@link #value} reads back: arrays joined by {@value #ARRAY_DELIMITER}; null as an empty cell. */
    public String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(ARRAY_DELIMITER));
        }
        return String.valueOf(value);
    }

    private static String typeOf(Object value) {
        return switch (value) {
            case Long l -> "long";
            case Integer i -> "long";
            case Double d -> "double";
            case Float f -> "double";
            case Boolean b -> "boolean";
            case LocalDate d -> "date";
            default -> "string";
        };
    }

    public static AdminCsvHeader parse(String column) {
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
        if (!TYPES.contains(base)) {
            throw new IllegalArgumentException("column '" + column + "' has an unknown type '" + type + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("column '" + column + "' has no name");
        }
        return new AdminCsvHeader(name, Role.PROPERTY, base, array);
    }

    /** The typed value of a cell; {@code null} for an empty cell (the property is then absent). */
    public Object value(String cell) {
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
