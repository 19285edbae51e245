package org.troika.governance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;
import org.troika.base.NotFoundException;
import org.troika.stakeholder.StakeholderView;

/** Computes, from the graph and never from stored figures, an estate's three carriages and a scope's indicators. */
@Service
@Transactional(readOnly = true)
public class GovernanceService {

    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    GovernanceService(NamedQueries queries, Neo4jClient neo4j) {
        this.queries = queries;
        this.neo4j = neo4j;
    }

    /** The indicators named by {@code fields} (all when empty) of a district, sub-district or committee area. */
    public Indicators indicators(String scopeId, Set<String> fields) {
        Map<String, Object> scope = neo4j.query(queries.get("governance/scope"))
                .bind(scopeId).to("scopeId")
                .fetchAs(Map.class).mappedBy((types, row) -> StakeholderView.of(row.get("scope").asMap()))
                .one()
                .map(GovernanceService::castMap)
                .orElseThrow(() -> new NotFoundException("scope", scopeId));
        Map<String, Number> values = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            if (fields.isEmpty() || fields.contains(indicator.field())) {
                values.put(indicator.field(), compute(indicator, scopeId));
            }
        }
        return new Indicators(scope, values);
    }

    /** The three carriages of an estate, on a date or now. */
    public ThreeCarriages threeCarriages(String estateId, LocalDate asOf) {
        ThreeCarriages found = threeCarriages(List.of(estateId), asOf).get(estateId);
        if (found == null) {
            throw new NotFoundException("estate", estateId);
        }
        return found;
    }

    /** The three carriages of many estates in one statement, by estate id; unknown ids are absent. */
    public Map<String, ThreeCarriages> threeCarriages(List<String> estateIds, LocalDate asOf) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("estateIds", estateIds);
        parameters.put("asOf", asOf);
        Map<String, ThreeCarriages> found = new LinkedHashMap<>();
        neo4j.query(queries.get("governance/three-carriages"))
                .bindAll(parameters)
                .fetchAs(ThreeCarriages.class)
                .mappedBy((types, row) -> ThreeCarriages.from(row.asMap()))
                .all()
                .forEach(carriages -> found.put(StakeholderView.id(carriages.estate()), carriages));
        return found;
    }

    private Number compute(Indicator indicator, String scopeId) {
        Map<String, Object> parameters = new HashMap<>(indicator.parameters());
        parameters.put("scopeId", scopeId);
        parameters.putIfAbsent("status", null);
        Object value = neo4j.query(queries.get(indicator.query()))
                .bindAll(parameters)
                .fetchAs(Object.class)
                .mappedBy((types, row) -> row.get("value").asObject())
                .one()
                .orElse(null);
        return value instanceof Number number ? number : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

}
