package org.troika.governance;

import java.util.Map;

/**
 * A governance indicator of a scope: the GraphQL field that shows it, the named query of
 * {@code cypher/queries} that computes it, and that query's parameters besides the scope.
 */
public enum Indicator {

    ESTATES("estates", "indicators/estates"),
    OLD_ESTATES("oldEstates", "indicators/old-estates"),
    ESTATES_WITHOUT_COMMITTEE("estatesWithoutCommittee", "indicators/estates-without-committee"),
    ESTATES_COVERED_BY_COMMITTEES("estatesCoveredByCommittees", "indicators/estates-covered-by-committees"),
    ESTATES_WITH_COMPLETE_CARRIAGES("estatesWithCompleteCarriages", "indicators/estates-with-complete-carriages"),
    OWNERS_ASSEMBLIES("ownersAssemblies", "indicators/owners-assemblies"),
    OWNERS_COMMITTEES("ownersCommittees", "indicators/owners-committees"),
    COMMITTEE_MEMBERS("committeeMembers", "indicators/committee-members"),
    PARTY_MEMBERS_ON_COMMITTEES("partyMembersOnCommittees", "indicators/party-members-on-committees"),
    PARTY_MEMBER_SHARE("partyMemberShare", "indicators/party-member-share"),
    COMMITTEES_WITH_PARTY_MEMBER("committeesWithPartyMember", "indicators/committees-with-party-member"),
    PARTY_MEMBER_COVERAGE("partyMemberCoverage", "indicators/party-member-coverage"),
    PARTY_WORK_GROUPS("partyWorkGroups", "indicators/party-work-groups"),
    PARTY_MEMBER_STUDIOS("partyMemberStudios", "indicators/party-member-studios"),
    COMMITTEES_WITH_INSTRUCTOR("committeesWithInstructor", "indicators/committees-with-instructor"),
    RED_COMMITTEES("redCommittees", "indicators/red-committees"),
    FIVE_STAR_COMMITTEES("fiveStarCommittees", "indicators/committees-by-stars", Map.of("stars", 5)),
    FOUR_STAR_COMMITTEES("fourStarCommittees", "indicators/committees-by-stars", Map.of("stars", 4)),
    THREE_STAR_COMMITTEES("threeStarCommittees", "indicators/committees-by-stars", Map.of("stars", 3)),
    RESIDENTS_COMMITTEES("residentsCommittees", "indicators/kind-in-scope", Map.of("kind", "ResidentsCommittee")),
    PREPARATORY_GROUPS("preparatoryGroups", "indicators/kind-in-scope", Map.of("kind", "PreparatoryGroup")),
    VILLAGE_COMMITTEES("villageCommittees", "indicators/kind-in-scope", Map.of("kind", "VillageCommittee")),
    PROPERTY_FIRMS("propertyFirms", "indicators/property-firms"),
    TEMPORARY_PARTY_ORGANISATIONS("temporaryPartyOrganisations", "indicators/temporary-party-organisations"),
    SPECIAL_WORKING_GROUPS("specialWorkingGroups", "indicators/teams-by-type", Map.of("teamType", "special-working-group")),
    VOLUNTEERS("volunteers", "indicators/volunteers"),
    YOUTH_CADRES("youthCadres", "indicators/team-members", Map.of("teamType", "youth-task-force")),
    RENOVATED_ESTATES("renovatedEstates", "indicators/renovated-estates"),
    RENOVATED_AREA("renovatedAreaM2", "indicators/renovated-area"),
    ELEVATORS_IN_USE("elevatorsInUse", "indicators/projects-by-type",
            Map.of("projectType", "elevator-retrofit", "status", "in-use")),
    ELEVATORS_UNDER_CONSTRUCTION("elevatorsUnderConstruction", "indicators/projects-by-type",
            Map.of("projectType", "elevator-retrofit", "status", "under-construction")),
    ELEVATORS_SIGNED("elevatorsSigned", "indicators/projects-by-type",
            Map.of("projectType", "elevator-retrofit", "status", "signed")),
    STAIRWELLS_NEGOTIATING("stairwellsNegotiating", "indicators/projects-by-type",
            Map.of("projectType", "elevator-retrofit", "status", "negotiating"));

    private final String field;
    private final String query;
    private final Map<String, Object> parameters;

    Indicator(String field, String query) {
        this(field, query, Map.of());
    }

    Indicator(String field, String query, Map<String, Object> parameters) {
        this.field = field;
        this.query = query;
        this.parameters = parameters;
    }

    public String field() {
        return field;
    }

    public String query() {
        return query;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
