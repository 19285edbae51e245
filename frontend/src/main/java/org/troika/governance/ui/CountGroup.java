package org.troika.governance.ui;

import java.util.List;

/** Indicators that count alike things, so that their bars share one axis; each names GraphQL indicator fields. */
enum CountGroup {

    ESTATES("estates", "oldEstates", "estatesWithoutCommittee", "estatesCoveredByCommittees",
            "estatesWithCompleteCarriages"),
    OWNERS_BODIES("ownersAssemblies", "ownersCommittees", "committeesWithPartyMember", "partyWorkGroups",
            "partyMemberStudios", "committeesWithInstructor", "redCommittees"),
    ORGANISATIONS("residentsCommittees", "preparatoryGroups", "villageCommittees", "propertyFirms",
            "temporaryPartyOrganisations", "specialWorkingGroups"),
    PEOPLE("committeeMembers", "partyMembersOnCommittees", "volunteers", "youthCadres"),
    RENOVATION("renovatedEstates", "elevatorsInUse", "elevatorsUnderConstruction", "elevatorsSigned",
            "stairwellsNegotiating");

    private final List<String> fields;

    CountGroup(String... fields) {
        this.fields = List.of(fields);
    }

    List<String> fields() {
        return fields;
    }

    String labelKey() {
        return "indicators.group." + name().toLowerCase().replace('_', '-');
    }
}
