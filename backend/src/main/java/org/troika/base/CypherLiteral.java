package org.troika.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Values written as Cypher literals, for the scripts and parameter headers Troika hands to people (an export, a
 * scene as a query): never for the statements it runs itself, which take parameters.
 */
public final class CypherLiteral {

    private CypherLiteral() {
    }

    /** A literal Cypher reads back as the same value: text, numbers, booleans, temporal values, lists and maps. */
    public static String of(Object value) {
        return switch (value) {
            case null -> "null";
            case String text -> string(text);
            case Boolean bool -> bool.toString();
            case Long number -> number.toString();
            case Integer number -> number.toString();
            case Short number -> number.toString();
            case Byte number -> number.toString();
            case Double number -> floating(number);
            case Float number -> floating(number.doubleValue());
            case LocalDate date -> "date(" + string(date.toString()) + ")";
            case LocalDateTime dateTime -> "localdatetime(" + string(dateTime.toString()) + ")";
            case OffsetDateTime dateTime -> "datetime(" + string(dateTime.toString()) + ")";
            case ZonedDateTime dateTime -> "datetime(" + string(dateTime.toString()) + ")";
            case LocalTime time -> "localtime(" + string(time.toString()) + ")";
            case OffsetTime time -> "time(" + string(time.toString()) + ")";
            case Collection<?> list -> list.stream().map(CypherLiteral::of).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> map -> map.entrySet().stream()
                    .map(entry -> name(String.valueOf(entry.getKey())) + ": " + of(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            default -> throw new IllegalArgumentException("A " + value.getClass().getSimpleName() + " has no Cypher literal");
        };
    }

    /** A string literal in single quotes, with backslash escapes for quotes, backslashes and control characters. */
    public static String string(String text) {
        var literal = new StringBuilder(text.length() + 2).append('\'');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\'' -> literal.append("\\'");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                case '\b' -> literal.append("\\b");
                case '\f' -> literal.append("\\f");
                default -> {
                    if (Character.isISOControl(c)) {
                        literal.append(String.format("\\u%04X", c));
                    } else {
                        literal.appendCodePoint(c);
                    }
                }
            }
        });
        return literal.append('\'').toString();
    }

    /** A label, relationship type or property key: plain when it is a simple name, else in backticks. */
    public static String name(String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return name;
        }
        return "`" + name.replace("`", "``") + "`";
    }

    private static String floating(double number) {
        if (Double.isNaN(number)) {
            return "0.0 / 0.0";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "1.0 / 0.0" : "-1.0 / 0.0";
        }
        return Double.toString(number);
    }
}
