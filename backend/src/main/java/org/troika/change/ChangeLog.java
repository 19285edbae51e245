package org.troika.change;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history: writes {@code Change} nodes inside the transaction of the change they record, and reads them back
 * by the id of the record changed.
 */
@Component
public class ChangeLog {

    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    ChangeLog(NamedQueries queries, Neo4jClient neo4j) {
        this.queries = queries;
        this.neo4j = neo4j;
    }

    /** Writes the entries (made by {@link #entry}); only inside the transaction of the change they record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Change> record(List<Map<String, Object>> entries) {
        return neo4j.query(queries.get("change/record"))
                .bind(entries).to("changes")
                .fetchAs(Change.class)
                .mappedBy((types, row) -> Change.of(row.get("change").asMap()))
                .all()
                .stream().toList();
    }

    @Transactional(readOnly = true)
    public List<Change> history(String id, int first) {
        return neo4j.query(queries.get("change/history"))
                .bindAll(Map.of("id", id, "first", first))
                .fetchAs(Change.class)
                .mappedBy((types, row) -> Change.of(row.get("change").asMap()))
                .all()
                .stream().toList();
    }

    /**
     * One entry of the history, for {@link #record}.
     *
     * @param before the changed properties before (null for an addition); null values stand for absent properties
     * @param after  the changed properties after (null for a deletion)
     */
    static Map<String, Object> entry(Actor actor, ChangeOperation operation, String targetId, String targetKind,
                                     long version, String reason, List<String> provenance,
                                     Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("id", UUID.randomUUID().toString());
        entry.put("by", actor.name());
        entry.put("authenticated", actor.authenticated());
        entry.put("operation", operation.name());
        entry.put("targetId", targetId);
        entry.put("targetKind", targetKind);
        entry.put("version", version);
        entry.put("reason", reason);
        entry.put("provenance", provenance);
        entry.put("before", json(before));
        entry.put("after", json(after));
        return entry;
    }

    /** The properties as a JSON object with sorted keys; dates as ISO strings. */
    static String json(Map<String, Object> properties) {
        if (properties == null) {
            return null;
        }
        Map<String, Object> sorted = new TreeMap<>();
        properties.forEach((key, value) -> sorted.put(key, value instanceof LocalDate date ? date.toString() : value));
        return JsonMapper.shared().writeValueAsString(sorted);
    }
}
