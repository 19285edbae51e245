package org.troika.governance.ui;

import java.util.Map;

/**
 * A share in per cent: either an indicator that is one already, or the ratio of two counting indicators
 * of the same scope (estates covered by a committee among all estates).
 */
enum ShareIndicator {

    PARTY_MEMBER_SHARE("partyMemberShare", null),
    PARTY_MEMBER_COVERAGE("partyMemberCoverage", null),
    COMMITTEE_COVERAGE("estatesCoveredByCommittees", "estates"),
    CARRIAGE_COMPLETENESS("estatesWithCompleteCarriages", "estates"),
    OLD_ESTATES("oldEstates", "estates"),
    RED_COMMITTEES("redCommittees", "ownersCommittees"),
    INSTRUCTOR_COVERAGE("committeesWithInstructor", "ownersCommittees");

    private final String field;
    private final String perField;

    ShareIndicator(String field, String perField) {
        this.field = field;
        this.perField = perField;
    }

    /** The share in a scope's indicator values, {@code null} where a value is missing or the whole is zero. */
    Double of(Map<String, Number> values) {
        Number part = values.get(field);
        if (part == null) {
            return null;
        }
        if (perField == null) {
            return part.doubleValue();
        }
        Number whole = values.get(perField);
        return whole == null || whole.doubleValue() == 0 ? null : 100 * part.doubleValue() / whole.doubleValue();
    }

    String labelKey() {
        return "indicators.share." + name().toLowerCase().replace('_', '-');
    }
}
