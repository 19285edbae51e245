package org.troika.exchange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.troika.seed.AdminCsvHeader;

/** The typed attributes of the XML formats (GraphML and GEXF), which know scalars only. */
final class XmlAttributes {

    private XmlAttributes() {
    }

    /**
     * The attribute type of a property from its values: {@code boolean}, {@code long} or {@code double} when all
     * values are of that type, else {@code string} (lists, dates, and values of different types).
     */
    static String type(Collection<Object> values) {
        Set<String> types = new LinkedHashSet<>();
        for (Object value : values) {
            types.add(switch (value) {
                case Boolean b -> "boolean";
                case Long l -> "long";
                case Integer i -> "long";
                case Double d -> "double";
                case Float f -> "double";
                default -> "string";
            });
        }
        return types.size() == 1 ? types.iterator().next() : "string";
    }

    /** A value as attribute text: a list joined by {@code ;} as in the seed's CSV, a date in ISO-8601. */
    static String text(Object value) {
        return switch (value) {
            case Collection<?> list -> list.stream().map(XmlAttributes::text).collect(Collectors.joining(AdminCsvHeader.ARRAY_DELIMITER));
            case LocalDate date -> date.toString();
            default -> String.valueOf(value);
        };
    }
}
