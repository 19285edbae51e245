package org.troika.change;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.troika.access.Allowed;
import org.troika.access.PersonalData;
import org.troika.base.NamedQueries;
import org.troika.search.SearchKeys;
import org.troika.stakeholder.StakeholderView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erases a person on request: replaces their personal data (names, aliases, phone) with neutral placeholders and
 * scrubs those values from the history, saved scenes and import batches, in one transaction. The node keeps its
 * id, labels, {@code partyMember} and every relationship, so that who was a member stays known, not who it was.
 */
@Service
class PersonErasure {

    static final String ERASED_NAME = "已删除人员";
    static final String ERASED_NAME_EN = "Erased person";
    /** Shorter values are left in other records' texts: a single character would scrub unrelated words. */
    private static final int MIN_SCRUBBED_LENGTH = 2;

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final ChangeLog log;
    private final SearchKeys searchKeys;

    PersonErasure(NamedQueries queries, Neo4jClient neo4j, ChangeLog log, SearchKeys searchKeys) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.log = log;
        this.searchKeys = searchKeys;
    }

    @PreAuthorize(Allowed.STAFF)
    @Transactional
    public ErasePersonPayload erase(String id, String reason, Actor actor) {
        var problems = new Problems();
        if (!PersonalData.visible()) {
            problems.add(MutationErrorCode.FORBIDDEN, null, "Erasing a person needs the STAFF role");
            return ErasePersonPayload.refused(problems.refuse());
        }
        problems.requiredText("reason", reason, "A reason");
        Optional<Map<String, Object>> stored = lock(id);
        if (stored.isEmpty() || !PersonalData.personal(stored.get().get("kind"))) {
            problems.add(MutationErrorCode.UNKNOWN_ID, "id", "No person has the id '" + id + "'");
        } else if (Boolean.TRUE.equals(stored.get().get(PersonalData.ERASED))) {
            problems.add(MutationErrorCode.CONSTRAINT, "id", id + " was erased on " + stored.get().get("erasedOn"));
        }
        if (problems.any()) {
            return ErasePersonPayload.refused(problems.refuse());
        }
        Map<String, Object> person = stored.orElseThrow();
        List<String> values = personalValues(person);
        long version = person.get("version") instanceof Number number ? number.longValue() + 1 : 1;

        Map<String, Object> placeholders = new HashMap<>();
        placeholders.put("name", ERASED_NAME);
        placeholders.put("nameEn", ERASED_NAME_EN);
        placeholders.put("aliases", null);
        placeholders.put("phone", null);
        placeholders.put(PersonalData.ERASED, true);
        placeholders.put("erasedOn", LocalDate.now(ZoneOffset.UTC));
        Map<String, Object> written = new HashMap<>(placeholders);
        written.putAll(searchKeys.properties(ERASED_NAME, ERASED_NAME_EN, List.of()));
        written.put("version", version);

        scrubTraces(id, values);
        Map<String, Object> updated = neo4j.query(queries.get("change/update-stakeholder"))
                .bindAll(Map.of("id", id, "properties", written))
                .fetch().one().map(row -> castMap(row.get("properties"))).orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> provenance = (List<String>) person.getOrDefault("provenance", List.of());
        Change change = log.record(List.of(ChangeLog.entry(actor, ChangeOperation.ERASE, id, PersonalData.PERSON,
                version, replaced(reason, values), provenance, null, new TreeMap<>(placeholders)))).getFirst();
        return new ErasePersonPayload(StakeholderView.of(updated), change, List.of());
    }

    private Optional<Map<String, Object>> lock(String id) {
        return neo4j.query(queries.get("change/lock-stakeholder")).bind(id).to("id")
                .fetch().one().map(row -> castMap(row.get("properties")));
    }

    /** The person's names, aliases and phone, longest first so that a name is replaced before a part of it. */
    private static List<String> personalValues(Map<String, Object> person) {
        Set<String> values = new LinkedHashSet<>();
        for (String field : PersonalData.FIELDS) {
            Object value = person.get(field);
            if (value instanceof List<?> list) {
                list.forEach(entry -> values.add(String.valueOf(entry)));
            } else if (value != null) {
                values.add(String.valueOf(value));
            }
        }
        return values.stream().filter(value -> value.strip().length() >= MIN_SCRUBBED_LENGTH)
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    /**
     * Rewrites the person's history entries field by field (their names become the placeholders, phone and search
     * keys go) and replaces any other occurrence of the values in texts of the history, saved scenes and import batches.
     */
    private void scrubTraces(String id, List<String> current) {
        List<String> values = withFormerValues(id, current, traces(id, current));
        List<Map<String, Object>> rows = new ArrayList<>();
        traces(id, values).forEach(trace -> {
            Map<String, Object> properties = castMap(trace.get("properties"));
            boolean ownHistory = id.equals(properties.get("targetId"));
            Map<String, Object> scrubbed = new HashMap<>();
            properties.forEach((key, value) -> {
                if (!(value instanceof String text)) {
                    return;
                }
                String rewritten = ownHistory && ("before".equals(key) || "after".equals(key)) ? scrubbedJson(text) : text;
                rewritten = replaced(rewritten, values);
                if (!rewritten.equals(text)) {
                    scrubbed.put(key, rewritten);
                }
            });
            if (!scrubbed.isEmpty()) {
                rows.add(Map.of("elementId", trace.get("elementId"), "properties", scrubbed));
            }
        });
        if (!rows.isEmpty()) {
            neo4j.query(queries.get("change/rewrite-traces")).bind(rows).to("rows").run();
        }
    }

    private Collection<Map<String, Object>> traces(String id, List<String> values) {
        return neo4j.query(queries.get("change/personal-traces")).bindAll(Map.of("id", id, "values", values)).fetch().all();
    }

    /** The values with those the person had before, as their own history holds them. */
    private static List<String> withFormerValues(String id, List<String> values, Collection<Map<String, Object>> traces) {
        Set<String> all = new LinkedHashSet<>(values);
        for (Map<String, Object> trace : traces) {
            Map<String, Object> change = castMap(trace.get("properties"));
            for (String side : List.of("before", "after")) {
                if (id.equals(change.get("targetId")) && change.get(side) instanceof String json) {
                    all.addAll(personalValues(JsonMapper.shared().readValue(json, new TypeReference<Map<String, Object>>() { })));
                }
            }
        }
        return all.stream().filter(value -> value.strip().length() >= MIN_SCRUBBED_LENGTH)
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    private static String scrubbedJson(String json) {
        Map<String, Object> properties = JsonMapper.shared().readValue(json, new TypeReference<Map<String, Object>>() { });
        Map<String, Object> scrubbed = new TreeMap<>(properties);
        PersonalData.DERIVED.forEach(scrubbed::remove);
        scrubbed.computeIfPresent("name", (key, value) -> ERASED_NAME);
        scrubbed.computeIfPresent("nameEn", (key, value) -> ERASED_NAME_EN);
        if (scrubbed.containsKey("aliases")) {
            scrubbed.put("aliases", null);
        }
        if (scrubbed.containsKey("phone")) {
            scrubbed.put("phone", null);
        }
        return JsonMapper.shared().writeValueAsString(scrubbed);
    }

    private static String replaced(String text, List<String> values) {
        String result = text;
        for (String value : values) {
            result = result.replace(value, ERASED_NAME);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
