package org.troika.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.troika.base.NamedQueries;

/**
 * Writes stakeholders and relationships in batches of up to {@value #BATCH} rows a query, inside the caller's
 * transaction: the seed, every import and the city generator write through here. Each batch first asks which rows
 * the graph already holds, then creates the others ({@code write/create-*}, no locking merge) and updates these
 * ({@code write/update-*}), so writing the same rows again creates nothing. Relationships must end at stakeholders
 * the graph holds: one that does not fails the write.
 */
@Component
public class GraphWriter {

    public static final int BATCH = 10_000;

    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    GraphWriter(NamedQueries queries, Neo4jClient neo4j) {
        this.queries = queries;
        this.neo4j = neo4j;
    }

    /** Creates the stakeholders the graph lacks and updates those it holds; ids must be unique among the rows. */
    public WriteCounts writeStakeholders(List<StakeholderRow> rows) {
        WriteCounts counts = WriteCounts.NONE;
        for (int from = 0; from < rows.size(); from += BATCH) {
            counts = counts.plus(writeStakeholderBatch(rows.subList(from, Math.min(rows.size(), from + BATCH))));
        }
        return counts;
    }

    /** Creates the relationships the graph lacks and updates those it holds; (start, type, end) unique among the rows. */
    public WriteCounts writeRelationships(List<RelationshipRow> rows) {
        WriteCounts counts = WriteCounts.NONE;
        for (int from = 0; from < rows.size(); from += BATCH) {
            counts = counts.plus(writeRelationshipBatch(rows.subList(from, Math.min(rows.size(), from + BATCH))));
        }
        return counts;
    }

    private WriteCounts writeStakeholderBatch(List<StakeholderRow> batch) {
        List<String> ids = batch.stream().map(StakeholderRow::id).toList();
        Set<String> existing = new HashSet<>(neo4j.query(queries.get("write/existing-stakeholders")).bind(ids).to("ids")
                .fetchAs(List.class).mappedBy((types, record) -> record.get("ids").asList(value -> value.asString()))
                .one().orElse(List.of()));
        List<Map<String, Object>> created = new ArrayList<>(batch.size() - existing.size());
        List<Map<String, Object>> updated = new ArrayList<>(existing.size());
        for (StakeholderRow row : batch) {
            (existing.contains(row.id()) ? updated : created).add(row.parameter());
        }
        run("write/create-stakeholders", created);
        run("write/update-stakeholders", updated);
        return new WriteCounts(created.size(), updated.size());
    }

    private WriteCounts writeRelationshipBatch(List<RelationshipRow> batch) {
        List<Map<String, Object>> keys = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            keys.add(batch.get(i).key(i));
        }
        Set<Integer> existing = new HashSet<>(neo4j.query(queries.get("write/existing-relationships")).bind(keys).to("rows")
                .fetchAs(List.class).mappedBy((types, record) -> record.get("indexes").asList(value -> value.asInt()))
                .one().orElse(List.of()));
        List<Map<String, Object>> created = new ArrayList<>(batch.size() - existing.size());
        List<Map<String, Object>> updated = new ArrayList<>(existing.size());
        for (int i = 0; i < batch.size(); i++) {
            (existing.contains(i) ? updated : created).add(batch.get(i).parameter());
        }
        long relationshipsCreated = run("write/create-relationships", created);
        if (relationshipsCreated != created.size()) {
            throw new DanglingRelationshipException(created.size(), relationshipsCreated);
        }
        run("write/update-relationships", updated);
        return new WriteCounts(created.size(), updated.size());
    }

    /** Runs the query over the rows; returns the relationships it created. */
    private long run(String query, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        return neo4j.query(queries.get(query)).bind(rows).to("rows").run().counters().relationshipsCreated();
    }
}
