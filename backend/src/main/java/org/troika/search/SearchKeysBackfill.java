package org.troika.search;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.troika.base.NamedQueries;

/**
 * Keys every stakeholder at start when the graph's search keys are missing or of another version:
 * a graph written before search existed, or keyed with an older abbreviation table. It pages
 * through the stakeholders in id order, one transaction a page, and records the version last, so
 * an interrupted run starts again at the next start. Otherwise it reads one node and does nothing.
 */
@Component
// Before the seed loads at start: in a new graph this records the version at once, and the seed
// loader then keys what it writes, instead of everything being keyed twice.
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchKeysBackfill implements ApplicationRunner {

    private static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(SearchKeysBackfill.class);

    private final SearchKeys keys;
    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    SearchKeysBackfill(SearchKeys keys, NamedQueries queries, Neo4jClient neo4j) {
        this.keys = keys;
        this.queries = queries;
        this.neo4j = neo4j;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String version = keys.version();
        String stored = neo4j.query(queries.get("search/keys-version")).fetchAs(String.class)
                .mappedBy((types, row) -> row.get("version").asString(null)).one().orElse(null);
        if (version.equals(stored)) {
            return;
        }
        int keyed = keyAll();
        neo4j.query(queries.get("search/set-keys-version")).bind(version).to("version").run();
        log.info("Search keys of {} stakeholders computed (version {}, was {})", keyed, version, stored);
    }

    /** Keys every stakeholder; returns how many. */
    int keyAll() {
        int keyed = 0;
        String after = "";
        while (true) {
            List<Keyed> page = List.copyOf(neo4j.query(queries.get("search/stakeholders-to-key"))
                    .bindAll(Map.of("after", after, "batch", BATCH))
                    .fetchAs(Keyed.class)
                    .mappedBy((types, row) -> new Keyed(row.get("id").asString(), keys.properties(
                            row.get("name").asString(null), row.get("nameEn").asString(null),
                            row.get("aliases").asList(Value::asString, List.of()))))
                    .all());
            if (page.isEmpty()) {
                return keyed;
            }
            var rows = page.stream().map(stakeholder -> Map.of("id", stakeholder.id(), "keys", stakeholder.keys())).toList();
            neo4j.query(queries.get("search/set-keys")).bind(rows).to("rows").run();
            keyed += page.size();
            after = page.getLast().id();
        }
    }

    private record Keyed(String id, Map<String, Object> keys) {
    }
}
