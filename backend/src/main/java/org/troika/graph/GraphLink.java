package org.troika.graph;

import java.time.LocalDate;

/**
 * A relationship as drawn on the canvas, between two stakeholder ids, with the dates it is valid between:
 * {@code since} and {@code until} are null where the relationship has no such date (open, or undated).
 */
public record GraphLink(String id, String type, String source, String target, LocalDate since, LocalDate until) {

    /** An undated relationship. */
    public GraphLink(String id, String type, String source, String target) {
        this(id, type, source, target, null, null);
    }

    /** Whether the relationship holds on that day: begun by then and not ended before; undated ones always do. */
    public boolean validOn(LocalDate day) {
        return (since == null || !since.isAfter(day)) && (until == null || !until.isBefore(day));
    }

    /** A date property as a date; other values (a year as a number, say) are no validity and read as null. */
    static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : null;
    }
}
