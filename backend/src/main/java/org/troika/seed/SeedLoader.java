package org.troika.seed;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.backup.GraphWrites;
import org.troika.base.NamedQueries;
import org.troika.fact.FactBook;
import org.troika.search.SearchKeys;

/**
 * Loads the seed in one transaction: stakeholders merged on their id, then relationships merged on
 * (start, type, end), then the facts. Loading again changes nothing; a broken seed writes nothing.
 */
@GraphWrites
@Service
public class SeedLoader {

    static final String ROOT = "seed";
    private static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final FactBook factBook;
    private final SearchKeys searchKeys;

    SeedLoader(NamedQueries queries, Neo4jClient neo4j, FactBook factBook, SearchKeys searchKeys) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.factBook = factBook;
        this.searchKeys = searchKeys;
    }

    @Transactional
    public SeedLoadReport load() {
        SeedData seed = new SeedReader().read(ROOT);
        int stakeholdersCreated = 0;
        for (List<SeedNode> batch : batches(seed.nodes())) {
            stakeholdersCreated += run("seed/merge-stakeholders",
                    Map.of("rows", batch.stream().map(node -> node.row(searchKeys)).toList())).counters().nodesCreated();
        }
        int relationshipsCreated = 0;
        for (List<SeedRelationship> batch : batches(seed.relationships())) {
            relationshipsCreated += run("seed/merge-relationships",
                    Map.of("rows", batch.stream().map(SeedRelationship::row).toList())).counters().relationshipsCreated();
        }
        var facts = factBook.facts().stream()
                .map(fact -> Map.of("id", fact.id(), "caseId", fact.caseId(),
                        "statement", fact.statement(), "statementZh", fact.statementZh()))
                .toList();
        run("seed/merge-facts", Map.of("facts", facts));
        var report = new SeedLoadReport(seed.nodes().size(), seed.relationships().size(), facts.size(),
                stakeholdersCreated, relationshipsCreated);
        log.info("Seed loaded: {}", report);
        return report;
    }

    /** Whether the graph holds no stakeholder yet. */
    @Transactional(readOnly = true)
    public boolean graphIsEmpty() {
        return neo4j.query(queries.get("seed/stakeholder-count")).fetchAs(Long.class).one().orElse(0L) == 0;
    }

    private ResultSummary run(String query, Map<String, Object> parameters) {
        return neo4j.query(queries.get(query)).bindAll(parameters).run();
    }

    private static <T> List<List<T>> batches(List<T> items) {
        int count = (items.size() + BATCH - 1) / BATCH;
        return IntStream.range(0, count)
                .mapToObj(i -> items.subList(i * BATCH, Math.min(items.size(), (i + 1) * BATCH)))
                .toList();
    }
}
