package org.troika.change;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.troika.access.PersonalData;

/**
 * What values the properties of stakeholders may take beyond their GraphQL type: the closed vocabularies and the
 * ranges of docs/model.md, by property name (a name means the same in every kind that has it). Texts are not
 * blank and at most 10,000 characters long; numbers are counts, years, areas or shares, never negative.
 */
final class PropertyRules {

    private static final Map<String, Set<String>> VOCABULARIES = Map.of(
            "form", Set.of("branch", "general branch", "village branch"),
            "studioType", Set.of("party-member", "legal-affairs", "mediation"),
            "teamType", Set.of("special-working-group", "youth-task-force", "prevention-group", "emergency-task-force"),
            "projectType", Set.of("renovation", "elevator-retrofit", "elevator-programme", "training", "venture", "brand"),
            "topic", Set.of("property-service", "committee-re-election", "committee-evaluation", "epidemic-response"));
    /** Whole-number properties that hold a year. */
    private static final Set<String> YEARS = Set.of("founded", "year", "since");
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2100;
    /** The longest text a property may hold: megabytes of name are an attack on the database and its search keys. */
    static final int MAX_TEXT_LENGTH = 10_000;

    private PropertyRules() {
    }

    /** What is wrong with a property's new value; empty when it is fine, or null (a removal). */
    static Optional<String> problem(String property, Object value) {
        return switch (value) {
            case null -> Optional.empty();
            case String text when text.isBlank() -> Optional.of(property + " cannot be blank; send null to remove it");
            case String text when text.length() > MAX_TEXT_LENGTH -> Optional.of(property + " is " + text.length()
                    + " characters long, more than the " + MAX_TEXT_LENGTH + " a text may have");
            case String text when "phone".equals(property) -> PersonalData.phoneProblem(text);
            case String text when VOCABULARIES.containsKey(property) && !VOCABULARIES.get(property).contains(text) ->
                    Optional.of(property + " '" + text + "' is not one of " + new TreeSet<>(VOCABULARIES.get(property)));
            case List<?> list when list.stream().anyMatch(entry -> entry instanceof String text && text.isBlank()) ->
                    Optional.of(property + " cannot hold a blank entry");
            case List<?> list when list.stream().anyMatch(entry -> entry instanceof String text && text.length() > MAX_TEXT_LENGTH) ->
                    Optional.of(property + " holds an entry longer than the " + MAX_TEXT_LENGTH + " characters a text may have");
            case Number number -> numberProblem(property, number);
            default -> Optional.empty();
        };
    }

    private static Optional<String> numberProblem(String property, Number number) {
        double value = number.doubleValue();
        if (YEARS.contains(property) && (value < FIRST_YEAR || value > LAST_YEAR)) {
            return Optional.of(property + " is a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + number);
        }
        if ("level".equals(property) && (value < 0 || value > 4)) {
            return Optional.of("level is 0 for the grid itself or 1 to 4 for its levels, not " + number);
        }
        if ("threshold".equals(property) && (value < 0 || value > 1)) {
            return Optional.of("threshold is a share from 0 to 1 (0.15 for 15 percent), not " + number);
        }
        if (value < 0 || Double.isNaN(value)) {
            return Optional.of(property + " cannot be negative, was " + number);
        }
        return Optional.empty();
    }

    /** The value as the graph stores it: whole numbers as longs (as the database returns them), no empty lists. */
    static Object stored(Object value) {
        return switch (value) {
            case Integer number -> number.longValue();
            case List<?> list when list.isEmpty() -> null;
            case null, default -> value;
        };
    }
}
