package org.troika.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property values of the backup file in JSON, each keeping its Neo4j type: strings, booleans, integers and floats
 * as JSON strings, booleans and numbers (a float always with a point or exponent), lists as arrays, and every
 * other type as an object with one member named after the type: {@code {"date": "2024-05-01"}},
 * {@code {"datetime": "…"}}, {@code {"localdatetime": …}}, {@code {"time": …}}, {@code {"localtime": …}},
 * {@code {"duration": {"months", "days", "seconds", "nanoseconds"}}}, {@code {"point": {"srid", "x", "y", "z"}}},
 * {@code {"bytes": base64}} and {@code {"float": "NaN"}} for the floats JSON has no number for.
 */
final class BackupValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BackupValues() {
    }

    static ObjectNode properties(Map<String, Object> properties) {
        ObjectNode object = JSON.objectNode();
        properties.forEach((key, value) -> object.set(key, value(value)));
        return object;
    }

    static JsonNode value(Object value) {
        return switch (value) {
            case String text -> JSON.stringNode(text);
            case Boolean bool -> JSON.booleanNode(bool);
            case Long number -> JSON.numberNode(number);
            case Integer number -> JSON.numberNode(number.longValue());
            case Double number -> floating(number);
            case Float number -> floating(number.doubleValue());
            case LocalDate date -> tagged("date", date.toString());
            case ZonedDateTime dateTime -> tagged("datetime", dateTime.toString());
            case OffsetDateTime dateTime -> tagged("datetime", dateTime.toString());
            case LocalDateTime dateTime -> tagged("localdatetime", dateTime.toString());
            case OffsetTime time -> tagged("time", time.toString());
            case LocalTime time -> tagged("localtime", time.toString());
            case IsoDuration duration -> JSON.objectNode().set("duration", JSON.objectNode()
                    .put("months", duration.months()).put("days", duration.days())
                    .put("seconds", duration.seconds()).put("nanoseconds", duration.nanoseconds()));
            case Point point -> JSON.objectNode().set("point", point(point));
            case byte[] bytes -> tagged("bytes", Base64.getEncoder().encodeToString(bytes));
            case List<?> list -> {
                ArrayNode array = JSON.arrayNode(list.size());
                list.forEach(element -> array.add(value(element)));
                yield array;
            }
            default -> throw new IllegalArgumentException("A property of type " + value.getClass().getName()
                    + " cannot be backed up");
        };
    }

    /** The properties of a node or relationship line, as the driver takes them for parameters. */
    static Map<String, Object> properties(JsonNode object) {
        if (object == null || object.isNull()) {
            return Map.of();
        }
        if (!object.isObject()) {
            throw new IllegalArgumentException("\"properties\" is not an object");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            try {
                properties.put(property.getKey(), value(property.getValue()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("property \"" + property.getKey() + "\": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    static Object value(JsonNode node) {
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new IllegalArgumentException(node + " is larger than a Neo4j integer");
            }
            return node.longValue();
        }
        if (node.isFloatingPointNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                list.add(value(element));
            }
            return list;
        }
        if (node.isObject() && node.size() == 1) {
            Map.Entry<String, JsonNode> tag = node.properties().iterator().next();
            JsonNode content = tag.getValue();
            return switch (tag.getKey()) {
                case "date" -> LocalDate.parse(text(tag));
                case "datetime" -> ZonedDateTime.parse(text(tag));
                case "localdatetime" -> LocalDateTime.parse(text(tag));
                case "time" -> OffsetTime.parse(text(tag));
                case "localtime" -> LocalTime.parse(text(tag));
                case "duration" -> Values.isoDuration(number(content, "months"), number(content, "days"),
                        number(content, "seconds"), (int) number(content, "nanoseconds")).asIsoDuration();
                case "point" -> content.has("z")
                        ? Values.point((int) number(content, "srid"), real(content, "x"), real(content, "y"), real(content, "z")).asPoint()
                        : Values.point((int) number(content, "srid"), real(content, "x"), real(content, "y")).asPoint();
                case "bytes" -> Base64.getDecoder().decode(text(tag));
                case "float" -> Double.parseDouble(text(tag));
                default -> throw new IllegalArgumentException("unknown value type \"" + tag.getKey() + "\"");
            };
        }
        throw new IllegalArgumentException(node + " is not a property value");
    }

    private static JsonNode floating(double number) {
        return Double.isFinite(number) ? JSON.numberNode(number) : tagged("float", Double.toString(number));
    }

    private static ObjectNode tagged(String type, String text) {
        return JSON.objectNode().put(type, text);
    }

    private static ObjectNode point(Point point) {
        ObjectNode object = JSON.objectNode().put("srid", point.srid()).put("x", point.x()).put("y", point.y());
        if (!Double.isNaN(point.z())) {
            object.put("z", point.z());
        }
        return object;
    }

    private static String text(Map.Entry<String, JsonNode> tag) {
        if (!tag.getValue().isString()) {
            throw new IllegalArgumentException("a \"" + tag.getKey() + "\" value must be a string");
        }
        return tag.getValue().stringValue();
    }

    private static long number(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number");
        }
        return value.longValue();
    }

    private static double real(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a number");
        }
        return value.doubleValue();
    }
}
