package org.troika.change;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.troika.backup.GraphWrites;
import org.troika.access.Allowed;
import org.troika.base.NamedQueries;
import org.troika.stakeholder.StakeholderView;

/**
 * Adds, updates and deletes relationships between stakeholders, each in one transaction with its history entry,
 * checked against the model first: the type, the kinds it joins, the properties it takes and their values.
 * A relationship's revision counts its changes as a stakeholder's version does.
 */
@GraphWrites
@Service
class RelationshipChanges {

    /** {@code <from>-<TYPE>-<to>}: ids are lower-case slugs, so the first upper-case word is the type. */
    private static final Pattern ID = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)-([A-Z][A-Z_]*)-([a-z0-9]+(?:-[a-z0-9]+)*)");

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final ProvenanceCheck provenance;
    private final ChangeLog log;

    RelationshipChanges(NamedQueries queries, Neo4jClient neo4j, ProvenanceCheck provenance, ChangeLog log) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.provenance = provenance;
        this.log = log;
    }

    @Transactional
    @PreAuthorize(Allowed.STAFF)
    public RelationshipPayload add(AddRelationshipInput input, Actor actor) {
        var problems = new Problems();
        String reason = problems.requiredText("reason", input.reason(), "A reason");
        List<String> sources = provenance.check("provenance", input.provenance(), problems);
        Optional<RelationshipType> type = RelationshipType.of(input.type());
        if (type.isEmpty()) {
            problems.invalid("type", "'" + input.type() + "' is not a relationship type of the model; the types are "
                    + RelationshipType.names());
        }
        Ends ends = lock(input.from(), input.type(), input.to());
        if (ends.from() == null) {
            problems.add(MutationErrorCode.UNKNOWN_ID, "from", "No stakeholder has the id '" + input.from() + "'");
        }
        if (ends.to() == null) {
            problems.add(MutationErrorCode.UNKNOWN_ID, "to", "No stakeholder has the id '" + input.to() + "'");
        }
        Map<String, Object> properties = new HashMap<>();
        if (type.isPresent()) {
            checkEnds(type.get(), input, ends, problems);
            properties = properties(type.get(), Map.of(), RelationshipPropertiesInput.given(input.properties()), problems);
        }
        if (problems.any()) {
            return RelationshipPayload.refused(problems.refuse());
        }
        String id = input.from() + "-" + input.type() + "-" + input.to();
        properties.values().removeIf(Objects::isNull);
        properties.put("id", id);
        properties.put("provenance", sources);
        properties.put("revision", 1L);
        Map<String, Object> created = write("change/create-relationship", input.from(), input.type(), input.to(), properties);
        Change change = log.record(List.of(ChangeLog.entry(actor, ChangeOperation.ADD, id, input.type(), 1, reason,
                sources, null, StakeholderChanges.audited(created)))).getFirst();
        return new RelationshipPayload(view(type.get(), ends, created), change, List.of());
    }

    @Transactional
    @PreAuthorize(Allowed.STAFF)
    public RelationshipPayload update(UpdateRelationshipInput input, Actor actor) {
        var problems = new Problems();
        String reason = problems.requiredText("reason", input.reason(), "A reason");
        List<String> sources = input.provenance() == null ? null : provenance.check("provenance", input.provenance(), problems);
        Optional<Target> target = target(input.id(), input.revision(), "update", problems);
        Map<String, Object> wanted = new TreeMap<>();
        target.ifPresent(found -> wanted.putAll(properties(found.type(), found.ends().relationship(),
                RelationshipPropertiesInput.given(input.properties()), problems)));
        if (problems.any()) {
            return RelationshipPayload.refused(problems.refuse());
        }
        Target found = target.orElseThrow();
        Map<String, Object> current = found.ends().relationship();
        if (sources != null) {
            wanted.put("provenance", sources);
        }
        Map<String, Object> before = new TreeMap<>();
        Map<String, Object> after = new TreeMap<>();
        wanted.forEach((property, value) -> {
            if (!Objects.equals(current.get(property), value)) {
                before.put(property, current.get(property));
                after.put(property, value);
            }
        });
        if (after.isEmpty()) {
            return new RelationshipPayload(view(found.type(), found.ends(), current), null, List.of());
        }
        Map<String, Object> set = new HashMap<>(after);
        set.put("revision", found.revision() + 1);
        Map<String, Object> updated = write("change/update-relationship", found.from(), found.type().name(), found.to(), set);
        Change change = log.record(List.of(ChangeLog.entry(actor, ChangeOperation.UPDATE, input.id(), found.type().name(),
                found.revision() + 1, reason, StakeholderChanges.provenanceOf(updated), before, after))).getFirst();
        return new RelationshipPayload(view(found.type(), found.ends(), updated), change, List.of());
    }

    @Transactional
    @PreAuthorize(Allowed.STAFF)
    public DeleteRelationshipPayload delete(DeleteRelationshipInput input, Actor actor) {
        var problems = new Problems();
        String reason = problems.requiredText("reason", input.reason(), "A reason");
        Optional<Target> target = target(input.id(), input.revision(), "delete", problems);
        if (problems.any()) {
            return DeleteRelationshipPayload.refused(problems.refuse());
        }
        Target found = target.orElseThrow();
        Map<String, Object> current = found.ends().relationship();
        neo4j.query(queries.get("change/delete-relationship"))
                .bindAll(Map.of("from", found.from(), "type", found.type().name(), "to", found.to()))
                .run();
        Change change = log.record(List.of(ChangeLog.entry(actor, ChangeOperation.DELETE, input.id(), found.type().name(),
                found.revision() + 1, reason, StakeholderChanges.provenanceOf(current),
                StakeholderChanges.audited(current), null))).getFirst();
        return new DeleteRelationshipPayload(input.id(), change, List.of());
    }

    private static void checkEnds(RelationshipType type, AddRelationshipInput input, Ends ends, Problems problems) {
        if (input.from().equals(input.to())) {
            problems.add(MutationErrorCode.CONSTRAINT, "to", "A stakeholder cannot be related to itself");
        } else if (ends.from() != null && ends.to() != null && !type.joins(kind(ends.from()), kind(ends.to()))) {
            problems.add(MutationErrorCode.CONSTRAINT, "type", type + " goes " + type.ways() + "; not from "
                    + kind(ends.from()) + " to " + kind(ends.to()));
        }
        if (ends.relationship() != null) {
            problems.add(MutationErrorCode.DUPLICATE, null, input.from() + "-" + type + "-" + input.to()
                    + " exists already; change it with updateRelationship");
        }
    }

    /**
     * The properties to set, checked against the type, by their names in the graph; null to remove one. Checks
     * since against until as they will stand, with the current values for those not sent.
     */
    private static Map<String, Object> properties(RelationshipType type, Map<String, Object> current,
                                                  Map<String, Object> given, Problems problems) {
        Map<String, Object> properties = new TreeMap<>();
        given.forEach((field, value) -> {
            if (!type.properties().contains(field)) {
                problems.invalid("properties." + field, type + (type.properties().isEmpty()
                        ? " takes no properties"
                        : " has no property " + field + "; it takes " + String.join(", ", type.properties().stream().sorted().toList())));
                return;
            }
            propertyProblem(field, value).ifPresent(problem -> problems.invalid("properties." + field, problem));
            properties.put(RelationshipType.stored(field), PropertyRules.stored(value));
        });
        if (type.properties().contains("since") && type.properties().contains("until")) {
            Map<String, Object> merged = new HashMap<>(current);
            merged.putAll(properties);
            if (merged.get("since") instanceof LocalDate since && merged.get("until") instanceof LocalDate until
                    && until.isBefore(since)) {
                problems.invalid(given.containsKey("until") ? "properties.until" : "properties.since",
                        "until (" + until + ") is before since (" + since + ")");
            }
        }
        return properties;
    }

    private static Optional<String> propertyProblem(String field, Object value) {
        return switch (field) {
            case "stars" -> value instanceof Integer stars && (stars < 1 || stars > 5)
                    ? Optional.of("stars is " + stars + ", but a rating has 1 to 5 stars")
                    : Optional.empty();
            case "year", "sinceYear" -> value instanceof Integer year
                    && (year < PropertyRules.FIRST_YEAR || year > PropertyRules.LAST_YEAR)
                    ? Optional.of(field + " is a year from " + PropertyRules.FIRST_YEAR + " to " + PropertyRules.LAST_YEAR + ", not " + year)
                    : Optional.empty();
            default -> PropertyRules.problem(field, value);
        };
    }

    /** The relationship an update or delete names, checked: its id, its existence and its revision. */
    private Optional<Target> target(String id, long revision, String operation, Problems problems) {
        Matcher parts = ID.matcher(id);
        if (!parts.matches()) {
            problems.invalid("id", "'" + id + "' is not a relationship id: <from>-<TYPE>-<to>, "
                    + "such as xianxia-oc-01-REPRESENTS-xianxia-estate-01");
            return Optional.empty();
        }
        Ends ends = lock(parts.group(1), parts.group(2), parts.group(3));
        Optional<RelationshipType> type = RelationshipType.of(parts.group(2));
        if (ends.relationship() == null || type.isEmpty()) {
            problems.add(MutationErrorCode.UNKNOWN_ID, "id", "No relationship has the id '" + id + "'");
            return Optional.empty();
        }
        var target = new Target(parts.group(1), type.get(), parts.group(3), ends);
        if (target.revision() != revision) {
            problems.add(MutationErrorCode.VERSION_CONFLICT, "revision", id + " is at revision " + target.revision()
                    + ", not " + revision + ": it was changed since you read it. Read it again, then " + operation
                    + " that revision");
        }
        return Optional.of(target);
    }

    @SuppressWarnings("unchecked")
    private Ends lock(String from, String type, String to) {
        var row = neo4j.query(queries.get("change/lock-relationship"))
                .bindAll(Map.of("from", from, "type", type, "to", to))
                .fetch().one().orElseThrow();
        return new Ends((Map<String, Object>) row.get("from"), (Map<String, Object>) row.get("to"),
                (Map<String, Object>) row.get("relationship"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> write(String query, String from, String type, String to, Map<String, Object> properties) {
        return (Map<String, Object>) neo4j.query(queries.get(query))
                .bindAll(Map.of("from", from, "type", type, "to", to, "properties", properties))
                .fetch().one().orElseThrow().get("properties");
    }

    /** The relationship with the API's field names, and its two ends as stakeholders. */
    private static Map<String, Object> view(RelationshipType type, Ends ends, Map<String, Object> properties) {
        Map<String, Object> view = new HashMap<>();
        properties.forEach((property, value) -> view.put(type.field(property), value));
        view.put("type", type.name());
        view.put("from", StakeholderView.of(ends.from()));
        view.put("to", StakeholderView.of(ends.to()));
        view.putIfAbsent("provenance", List.of());
        view.putIfAbsent("revision", 0L);
        return view;
    }

    private static String kind(Map<String, Object> stakeholder) {
        return (String) stakeholder.get("kind");
    }

    /** The ends of a relationship and the relationship itself, as read under the lock; null where there is none. */
    private record Ends(Map<String, Object> from, Map<String, Object> to, Map<String, Object> relationship) {
    }

    private record Target(String from, RelationshipType type, String to, Ends ends) {

        long revision() {
            return StakeholderChanges.revision(ends.relationship());
        }
    }
}
