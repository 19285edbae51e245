package org.troika.stakeholder;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;

/**
 * Reads stakeholders for the API and the UI: by id, in filtered pages, and along relationships for
 * many stakeholders at once. Read transactions only, so that a cluster may serve them from any member.
 */
@Service
@Transactional(readOnly = true)
public class StakeholderQueries {

    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    StakeholderQueries(NamedQueries queries, Neo4jClient neo4j) {
        this.queries = queries;
        this.neo4j = neo4j;
    }

    /** The stakeholders with these ids, as API views keyed by id; unknown ids are absent. */
    public Map<String, Map<String, Object>> byIds(List<String> ids) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        neo4j.query(queries.get("stakeholder/by-ids"))
                .bind(ids).to("ids")
                .fetchAs(Map.class)
                .mappedBy((types, row) -> StakeholderView.of(row.get("stakeholder").asMap()))
                .all()
                .forEach(view -> found.put(StakeholderView.id(view), castView(view)));
        return found;
    }

    /**
     * A page of one kind for the UI, with the filters of the GraphQL {@code where} input (as a map of
     * the same names) and sort keys ({@code field}, {@code direction}).
     */
    public List<Map<String, Object>> page(String kind, Map<String, Object> where, List<Map<String, Object>> orderBy,
                                          long skip, int limit) {
        return list(ListRequest.of(kind, where, orderBy, skip, limit));
    }

    /** How many of one kind pass the filters. */
    public long count(String kind, Map<String, Object> where) {
        return count(ListRequest.of(kind, where, List.of(), 0, 0));
    }

    List<Map<String, Object>> list(ListRequest request) {
        return neo4j.query(queries.get("stakeholder/list"))
                .bindAll(request.parameters())
                .fetchAs(Map.class)
                .mappedBy((types, row) -> StakeholderView.of(row.get("stakeholder").asMap()))
                .all()
                .stream().map(StakeholderQueries::castView).toList();
    }

    long count(ListRequest request) {
        return neo4j.query(queries.get("stakeholder/count"))
                .bindAll(request.countParameters())
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
    }

    /** For each key, the relationships it asks for: maps with the stakeholder at the other end and the relationship's properties. */
    Map<RelatedKey, List<Map<String, Object>>> related(Set<RelatedKey> keys) {
        Map<RelatedKey, List<Map<String, Object>>> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(RelatedKey::spec)).forEach((spec, group) -> {
            Map<String, RelatedKey> byKey = group.stream().collect(Collectors.toMap(RelatedKey::key, key -> key, (a, b) -> a));
            List<Map<String, Object>> rows = group.stream().map(key -> {
                Map<String, Object> row = new HashMap<>();
                row.put("key", key.key());
                row.put("id", key.id());
                row.put("asOf", key.asOf());
                return row;
            }).toList();
            neo4j.query(queries.get(spec.query()))
                    .bindAll(Map.of("type", spec.type(), "labels", spec.labels(), "keys", rows))
                    .fetch().all()
                    .forEach(row -> result.put(byKey.get((String) row.get("key")), edges(row.get("related"))));
            group.forEach(key -> result.putIfAbsent(key, List.of()));
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> edges(Object related) {
        return ((List<Map<String, Object>>) related).stream()
                .map(edge -> {
                    Map<String, Object> view = new HashMap<>((Map<String, Object>) edge.get("relationship"));
                    view.put("stakeholder", StakeholderView.of((Map<String, Object>) edge.get("stakeholder")));
                    return view;
                })
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castView(Object view) {
        return (Map<String, Object>) view;
    }

}
