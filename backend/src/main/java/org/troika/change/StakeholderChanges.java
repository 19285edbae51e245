package org.troika.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.troika.access.PersonalData;
import org.troika.backup.GraphWrites;
import org.troika.access.Allowed;
import org.troika.base.NamedQueries;
import org.troika.search.SearchKeys;
import org.troika.stakeholder.StakeholderKind;
import org.troika.stakeholder.StakeholderView;

/**
 * Adds, updates and deletes stakeholders of every kind. Each mutation is one transaction: it reads its target
 * under the target's write lock, checks everything, and then either writes the change with its history entry or
 * writes nothing and reports every problem found. Inputs are the maps GraphQL coerced, because thirty kinds share
 * this code and an update must tell a field left out (unchanged) from one sent as null (removed).
 */
@GraphWrites
@Service
class StakeholderChanges {

    /** Input fields that steer the change rather than set a property. */
    private static final Set<String> CONTROLS = Set.of("id", "version", "reason", "detach");
    /** Properties the history leaves out of before and after: the change carries them itself. */
    /** Not part of what a change shows: identity, counters, and the search keys derived from the names. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "kind", "version", "revision",
            SearchKeys.NAMES, SearchKeys.ALIASES, SearchKeys.PINYIN, SearchKeys.WORDS);
    private static final Set<String> NAMING = Set.of("name", "nameEn", "aliases");
    static final int MAX_ID_LENGTH = 100;
    private static final String PARTY_GROUP_LABEL = "PartyOrganisation";

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final ProvenanceCheck provenance;
    private final ChangeLog log;
    private final SearchKeys searchKeys;

    StakeholderChanges(NamedQueries queries, Neo4jClient neo4j, ProvenanceCheck provenance, ChangeLog log,
                       SearchKeys searchKeys) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.provenance = provenance;
        this.log = log;
        this.searchKeys = searchKeys;
    }

    @Transactional
    @PreAuthorize(Allowed.STAFF)
    public StakeholderPayload add(StakeholderKind kind, Map<String, Object> input, Actor actor) {
        var problems = new Problems();
        String reason = problems.requiredText("reason", input.get("reason"), "A reason");
        Map<String, Object> properties = properties(input, problems);
        properties.values().removeIf(Objects::isNull);
        String id = (String) input.get("id");
        if (id != null) {
            checkNewId(id, problems);
        }
        if (problems.any()) {
            return StakeholderPayload.refused(problems.refuse());
        }
        if (id == null) {
            id = newId(kind, (String) properties.get("name"), (String) properties.get("nameEn"));
        }
        properties.put("kind", kind.label());
        properties.put("version", 1L);
        properties.putAll(keys(properties));
        Map<String, Object> created = write("change/create-stakeholder",
                Map.of("id", id, "labels", labels(kind), "properties", properties));
        Change change = log.record(List.of(ChangeLog.entry(actor, ChangeOperation.ADD, id, kind.label(), 1, reason,
                provenanceOf(created), null, audited(created)))).getFirst();
        return new StakeholderPayload(StakeholderView.of(created), change, List.of());
    }

    @Transactional
    @PreAuthorize(Allowed.STAFF)
    public StakeholderPayload update(StakeholderKind kind, Map<String, Object> input, Actor actor) {
        var problems = new Problems();
        String reason = problems.requiredText("reason", input.get("reason"), "A reason");
        Map<String, Object> wanted = properties(input, problems);
        String id = (String) input.get("id");
        long version = ((Number) input.get("version")).longValue();
        Optional<Stored> stored = lock(id);
        checkTarget(kind, id, version, stored, "update", problems);
        if (problems.any()) {
            return StakeholderPayload.refused(problems.refuse());
        }
        Stored current = stored.orElseThrow();
        Map<String, Object> before = new TreeMap<>();
        Map<String, Object> after = new TreeMap<>();
        wanted.forEach((property, value) -> {
            Object old = current.properties().get(property);
            if (!Objects.equals(old, value)) {
                before.put(property, old);
                after.put(property, value);
            }
        });
        if (after.isEmpty()) {
            return new StakeholderPayload(StakeholderView.of(current.properties()), null, List.of());
        }
        Map<String, Object> set = new HashMap<>(after);
        set.put("version", version + 1);
        if (after.keySet().stream().anyMatch(NAMING::contains)) {
            Map<String, Object> renamed = new HashMap<>(current.properties());
            renamed.putAll(after);
            set.putAll(keys(renamed));
        }
        Map<String, Object> updated = write("change/update-stakeholder", Map.of("id", id, "properties", set));
        Change change = log.record(List.of(ChangeLog.entry(actor, ChangeOperation.UPDATE, id, kind.label(),
                version + 1, reason, provenanceOf(updated), before, after))).getFirst();
        return new StakeholderPayload(StakeholderView.of(updated), change, List.of());
    }

    @Transactional
    @PreAuthorize(Allowed.STAFF)
    public DeleteStakeholderPayload delete(StakeholderKind kind, Map<String, Object> input, Actor actor) {
        var problems = new Problems();
        String reason = problems.requiredText("reason", input.get("reason"), "A reason");
        String id = (String) input.get("id");
        long version = ((Number) input.get("version")).longValue();
        boolean detach = Boolean.TRUE.equals(input.get("detach"));
        Optional<Stored> stored = lock(id);
        checkTarget(kind, id, version, stored, "delete", problems);
        if (!detach && !problems.any() && !stored.orElseThrow().relationships().isEmpty()) {
            problems.add(MutationErrorCode.CONSTRAINT, "detach", id + " still has " + describe(stored.get().relationships())
                    + ": delete them first, or pass detach: true to delete them with it");
        }
        if (problems.any()) {
            return DeleteStakeholderPayload.refused(problems.refuse());
        }
        Stored current = stored.orElseThrow();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> relationship : current.relationships()) {
            @SuppressWarnings("unchecked")
            var properties = (Map<String, Object>) relationship.get("properties");
            entries.add(ChangeLog.entry(actor, ChangeOperation.DELETE, (String) relationship.get("id"),
                    (String) relationship.get("type"), revision(properties) + 1, reason, provenanceOf(properties),
                    audited(properties), null));
        }
        entries.add(ChangeLog.entry(actor, ChangeOperation.DELETE, id, kind.label(), version + 1, reason,
                provenanceOf(current.properties()), audited(current.properties()), null));
        neo4j.query(queries.get("change/delete-stakeholder")).bind(id).to("id").run();
        List<Change> changes = log.record(entries);
        List<String> detached = current.relationships().stream().map(relationship -> (String) relationship.get("id")).toList();
        return new DeleteStakeholderPayload(id, detached, changes.getLast(), List.of());
    }

    /** The properties an add or update sets, checked; a null value removes a property. */
    private Map<String, Object> properties(Map<String, Object> input, Problems problems) {
        Map<String, Object> properties = new TreeMap<>();
        input.forEach((field, value) -> {
            if (CONTROLS.contains(field)) {
                return;
            }
            properties.put(field, switch (field) {
                case "name" -> problems.requiredText(field, value, "A name");
                case "provenance" -> provenance.check(field, value, problems);
                default -> {
                    PropertyRules.problem(field, value).ifPresent(problem -> problems.invalid(field, problem));
                    yield PropertyRules.stored(value);
                }
            });
        });
        return properties;
    }

    private void checkNewId(String id, Problems problems) {
        if (!Slugs.SLUG.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            problems.invalid("id", "The id '" + id + "' is not a readable slug of at most " + MAX_ID_LENGTH
                    + " characters: lower-case letters and digits in words joined by hyphens, such as xianxia-estate-01");
            return;
        }
        lock(id).ifPresent(existing -> problems.add(MutationErrorCode.DUPLICATE, "id",
                "The id '" + id + "' is taken already, by the " + existing.kind() + " "
                        + PersonalData.view(existing.properties()).get("name")));
    }

    private static void checkTarget(StakeholderKind kind, String id, long version, Optional<Stored> stored,
                                    String operation, Problems problems) {
        if (stored.isEmpty()) {
            problems.add(MutationErrorCode.UNKNOWN_ID, "id", "No " + kind.label() + " has the id '" + id + "'");
            return;
        }
        String actual = stored.get().kind();
        if (!kind.label().equals(actual)) {
            problems.add(MutationErrorCode.UNKNOWN_ID, "id", "'" + id + "' is of the kind " + actual + ", not "
                    + kind.label() + ": " + operation + " it with " + operation + actual);
            return;
        }
        long current = stored.get().version();
        if (current != version) {
            problems.add(MutationErrorCode.VERSION_CONFLICT, "version", id + " is at version " + current + ", not "
                    + version + ": it was changed since you read it. Read it again, then " + operation + " that version");
        }
    }

    private Optional<Stored> lock(String id) {
        return neo4j.query(queries.get("change/lock-stakeholder")).bind(id).to("id")
                .fetch().one()
                .map(Stored::of);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> write(String query, Map<String, Object> parameters) {
        return (Map<String, Object>) neo4j.query(queries.get(query)).bindAll(parameters)
                .fetch().one().orElseThrow().get("properties");
    }

    @SuppressWarnings("unchecked")
    private String newId(StakeholderKind kind, String name, String nameEn) {
        String base = Slugs.ofKind(kind.label()) + "-" + Slugs.ofName(name, nameEn);
        var taken = new HashSet<>((List<String>) neo4j.query(queries.get("change/ids-taken")).bind(base).to("base")
                .fetch().one().orElseThrow().get("ids"));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The kind label, and the group label the kinds of party organisation share. */
    private static List<String> labels(StakeholderKind kind) {
        return kind.group() == StakeholderKind.Group.PARTY ? List.of(kind.label(), PARTY_GROUP_LABEL) : List.of(kind.label());
    }

    /** {@code 7 relationships (ELECTS 1, MEMBER_OF 5, REPRESENTS 1)} */
    private static String describe(List<Map<String, Object>> relationships) {
        var byType = relationships.stream()
                .collect(Collectors.groupingBy(relationship -> (String) relationship.get("type"), TreeMap::new, Collectors.counting()));
        return relationships.size() + (relationships.size() == 1 ? " relationship (" : " relationships (")
                + byType.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "))
                + ")";
    }

    /** The search keys of a stakeholder's names, so that search finds it under its new names at once. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> keys(Map<String, Object> properties) {
        Object aliases = properties.get("aliases");
        return searchKeys.properties((String) properties.get("name"), (String) properties.get("nameEn"),
                aliases instanceof Collection<?> list ? (Collection<String>) list : List.of());
    }

    static Map<String, Object> audited(Map<String, Object> properties) {
        Map<String, Object> audited = new TreeMap<>(properties);
        audited.keySet().removeAll(BOOKKEEPING);
        return audited;
    }

    @SuppressWarnings("unchecked")
    static List<String> provenanceOf(Map<String, Object> properties) {
        return properties.get("provenance") instanceof List<?> list ? (List<String>) list : List.of();
    }

    static long revision(Map<String, Object> properties) {
        return properties.get("revision") instanceof Number number ? number.longValue() : 0;
    }

    /** A stakeholder as read under its lock. */
    private record Stored(Map<String, Object> properties, List<Map<String, Object>> relationships) {

        @SuppressWarnings("unchecked")
        static Stored of(Map<String, Object> row) {
            return new Stored((Map<String, Object>) row.get("properties"),
                    (List<Map<String, Object>>) row.get("relationships"));
        }

        String kind() {
            return (String) properties.get("kind");
        }

        long version() {
            return properties.get("version") instanceof Number number ? number.longValue() : 0;
        }
    }
}
