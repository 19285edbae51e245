package org.troika.change;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relationship types of docs/model.md: which kinds each joins, from and to, and which properties it takes
 * (by their names in {@code RelationshipPropertiesInput}). What a relationship mutation may create.
 */
enum RelationshipType {

    LOCATED_IN(Set.of(),
            ends("Estate TemporaryPartyOrganisation", "ResidentsCommittee VillageCommittee PreparatoryGroup"),
            ends("ResidentsCommittee VillageCommittee PreparatoryGroup", "SubDistrict"),
            ends("SubDistrict", "District"),
            ends("Grid CommunityCentre", "SubDistrict")),
    PART_OF(Set.of(),
            ends("PartyWorkGroup Studio", "OwnersCommittee"),
            ends("EvaluationDimension", "EvaluationSystem"),
            ends("Grid", "Grid"),
            ends("Team", "SubDistrict")),
    LEADS(Set.of(),
            ends("PartyWorkingCommittee", "SubDistrict ResidentialPartyOrganisation Team Grid"),
            ends("ResidentialPartyOrganisation", "ResidentsCommittee VillageCommittee PreparatoryGroup JointMeeting")),
    GUIDES(Set.of(),
            ends("GovernmentBody", "SubDistrict"),
            ends("ResidentialPartyOrganisation Association", "OwnersCommittee")),
    SERVES(Set.of("since", "until"), ends("PropertyFirm", "Estate")),
    REPRESENTS(Set.of(), ends("OwnersAssembly OwnersCommittee", "Estate")),
    ELECTS(Set.of("since", "until"), ends("OwnersAssembly", "OwnersCommittee")),
    MEMBER_OF(Set.of("role", "since", "until"),
            ends("Person", "OwnersCommittee Team TemporaryPartyOrganisation Association")),
    ASSIGNED_TO(Set.of("since"), ends("Person", "OwnersCommittee")),
    REVIEWS(Set.of("sinceYear"),
            ends("PartyWorkingCommittee ResidentialPartyOrganisation Policy", "OwnersCommittee"),
            ends("GovernmentBody", "Policy")),
    MEETS_IN(Set.of(), ends("ResidentialPartyOrganisation PropertyFirm OwnersCommittee", "JointMeeting")),
    CONVENES(Set.of(), ends("JointMeeting", "Estate")),
    FUNDS(Set.of(), ends("Foundation GovernmentBody", "Project Studio")),
    INCUBATES(Set.of(), ends("SubDistrict", "Studio"), ends("Association", "Project")),
    EVALUATES(Set.of("stars", "redCommittee", "version", "year"), ends("EvaluationSystem", "OwnersCommittee")),
    VOLUNTEERS_IN(Set.of(), ends("Person", "ResidentsCommittee VillageCommittee")),
    ISSUED(Set.of("year"), ends("SubDistrict GovernmentBody", "Policy")),
    APPLIES_TO(Set.of(), ends("Policy", "SubDistrict PropertyFirm")),
    FOUNDED(Set.of("year"), ends("SubDistrict", "Association Institute"), ends("GovernmentBody", "Platform")),
    RUNS(Set.of(), ends("Institute Association", "Project"), ends("ResidentsCommittee", "Platform")),
    PILOTED_AT(Set.of("year"), ends("Platform", "Estate ResidentsCommittee")),
    TARGETS(Set.of(), ends("Project", "Estate")),
    SUPPORTS(Set.of(),
            ends("Foundation ServiceCentre StationedUnit GovernmentBody", "SubDistrict"),
            ends("Institute", "Platform")),
    // the model draws it both ways; the seed stores it from the government body
    PARTNERS_WITH(Set.of(), ends("GovernmentBody", "Institute Platform"), ends("Institute Platform", "GovernmentBody"));

    /** Kinds one way of a type joins: any of {@code from} to any of {@code to}. */
    record Ends(Set<String> from, Set<String> to) {

        boolean join(String fromKind, String toKind) {
            return from.contains(fromKind) && to.contains(toKind);
        }

        @Override
        public String toString() {
            return "from " + or(from) + " to " + or(to);
        }
    }

    private final Set<String> properties;
    private final List<Ends> ends;

    RelationshipType(Set<String> properties, Ends... ends) {
        this.properties = properties;
        this.ends = List.of(ends);
    }

    static Optional<RelationshipType> of(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }

    /** The names of all types, for messages. */
    static String names() {
        return Arrays.stream(values()).map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    /** The properties it takes, by their names in the API. */
    Set<String> properties() {
        return properties;
    }

    boolean joins(String fromKind, String toKind) {
        return ends.stream().anyMatch(way -> way.join(fromKind, toKind));
    }

    /** {@code from PropertyFirm to Estate}, each way it goes. */
    String ways() {
        return ends.stream().map(Ends::toString).collect(Collectors.joining("; or "));
    }

    /**
     * The property's name in the graph. REVIEWS keeps the year a review began as {@code since}, a whole number,
     * where other types keep a date under that name; the API calls it {@code sinceYear} to keep one type per field.
     */
    static String stored(String property) {
        return "sinceYear".equals(property) ? "since" : property;
    }

    /** The property's name in the API, for a property of this type as the graph keeps it. */
    String field(String storedProperty) {
        return this == REVIEWS && "since".equals(storedProperty) ? "sinceYear" : storedProperty;
    }

    private static Ends ends(String from, String to) {
        return new Ends(Set.of(from.split(" ")), Set.of(to.split(" ")));
    }

    private static String or(Set<String> kinds) {
        List<String> sorted = kinds.stream().sorted().toList();
        if (sorted.size() == 1) {
            return sorted.getFirst();
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " or " + sorted.getLast();
    }
}
