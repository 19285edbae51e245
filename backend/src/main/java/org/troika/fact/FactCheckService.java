package org.troika.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;

/** Recomputes every published figure of the source article from the graph, never from the seed files. */
@Service
public class FactCheckService {

    private final FactBook factBook;
    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    FactCheckService(FactBook factBook, NamedQueries queries, Neo4jClient neo4j) {
        this.factBook = factBook;
        this.queries = queries;
        this.neo4j = neo4j;
    }

    @Transactional(readOnly = true)
    public List<FactCheck> checkAll() {
        List<FactCheck> results = new ArrayList<>();
        for (Fact fact : factBook.facts()) {
            for (FigureCheck check : fact.checks()) {
                results.add(check(fact, check));
            }
        }
        return results;
    }

    private FactCheck check(Fact fact, FigureCheck check) {
        BigDecimal computed = compute(check);
        FigureFormat format = check.format();
        return new FactCheck(
                fact.id(),
                check.name(),
                check.statement(),
                check.statementZh(),
                check.query(),
                format.published(check.published(), check.unit()),
                format.computed(computed, check.unit()),
                format.holds(check.published(), computed));
    }

    private BigDecimal compute(FigureCheck check) {
        Object value = neo4j.query(queries.get(check.query()))
                .bindAll(check.params())
                .fetchAs(Object.class)
                .mappedBy((types, record) -> record.get("value").asObject())
                .one()
                .orElse(null);
        return switch (value) {
            case null -> null;
            case Long number -> BigDecimal.valueOf(number);
            case Double number -> BigDecimal.valueOf(number);
            case Number number -> new BigDecimal(number.toString());
            default -> throw new IllegalStateException(
                    "Query " + check.query() + " returned " + value + ", not a number");
        };
    }
}
