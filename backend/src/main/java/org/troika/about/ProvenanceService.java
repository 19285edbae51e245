package org.troika.about;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;
import org.troika.fact.Fact;
import org.troika.fact.FactBook;

/** Counts, from the graph as it is now, what rests on each fact of the source article. */
@Service
@Transactional(readOnly = true)
public class ProvenanceService {

    private final FactBook factBook;
    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    ProvenanceService(FactBook factBook, NamedQueries queries, Neo4jClient neo4j) {
        this.factBook = factBook;
        this.queries = queries;
        this.neo4j = neo4j;
    }

    /** Every fact of the fact book, in its order, with the stakeholders and relationships that cite it. */
    public List<FactSupport> factSupport() {
        List<String> factIds = factIds();
        Map<String, Long> stakeholders = new HashMap<>();
        Map<String, String> examples = new HashMap<>();
        neo4j.query(queries.get("about/stakeholders-per-fact"))
                .bind(factIds).to("factIds")
                .fetch().all()
                .forEach(row -> {
                    String factId = (String) row.get("factId");
                    stakeholders.put(factId, ((Number) row.get("stakeholders")).longValue());
                    examples.put(factId, (String) row.get("example"));
                });
        Map<String, Long> relationships = new HashMap<>();
        neo4j.query(queries.get("about/relationships-per-fact"))
                .bind(factIds).to("factIds")
                .fetch().all()
                .forEach(row -> relationships.put((String) row.get("factId"), ((Number) row.get("relationships")).longValue()));
        return factBook.facts().stream()
                .map(fact -> new FactSupport(fact, figures(fact), stakeholders.getOrDefault(fact.id(), 0L),
                        relationships.getOrDefault(fact.id(), 0L), examples.get(fact.id())))
                .toList();
    }

    /** How many stakeholders rest on facts, how many are illustrative, how many on something else. */
    public ProvenanceCounts stakeholderCounts() {
        return neo4j.query(queries.get("about/stakeholders-by-provenance"))
                .bind(factIds()).to("factIds")
                .fetchAs(ProvenanceCounts.class)
                .mappedBy((types, row) -> new ProvenanceCounts(row.get("factBacked").asLong(),
                        row.get("illustrative").asLong(), row.get("other").asLong()))
                .one()
                .orElseThrow();
    }

    private List<String> factIds() {
        return factBook.facts().stream().map(Fact::id).toList();
    }

    private static List<FactSupport.Figure> figures(Fact fact) {
        return fact.checks().stream()
                .map(check -> new FactSupport.Figure(check.statement(), check.statementZh(),
                        check.format().published(check.published(), check.unit())))
                .toList();
    }
}
