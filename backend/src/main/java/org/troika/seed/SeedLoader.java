package org.troika.seed;

import java.util.List;
import java.util.Map;
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
import org.troika.write.GraphWriter;

/**
 * Loads the seed in one transaction through the {@link GraphWriter}: stakeholders by their id, then relationships
 * by (start, type, end), then the facts. Loading again changes nothing; a broken seed writes nothing.
 */
@GraphWrites
@Service
public class SeedLoader {

    static final String ROOT = "seed";
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final FactBook factBook;
    private final SearchKeys searchKeys;
    private final GraphWriter writer;

    SeedLoader(NamedQueries queries, Neo4jClient neo4j, FactBook factBook, SearchKeys searchKeys, GraphWriter writer) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.factBook = factBook;
        this.searchKeys = searchKeys;
        this.writer = writer;
    }

    @Transactional
    public SeedLoadReport load() {
        SeedData seed = new SeedReader().read(ROOT);
        int stakeholdersCreated = (int) writer.writeStakeholders(seed.nodes().stream().map(node -> node.row(searchKeys)).toList()).created();
        int relationshipsCreated = (int) writer.writeRelationships(seed.relationships().stream().map(SeedRelationship::row).toList()).created();
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

}
