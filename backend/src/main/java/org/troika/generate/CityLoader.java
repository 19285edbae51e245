package org.troika.generate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.troika.backup.GraphWrites;
import org.troika.base.NamedQueries;
import org.troika.search.SearchKeys;

/**
 * Writes a synthetic city into the graph the way the seed is written (seed/merge-stakeholders and
 * seed/merge-relationships, search keys computed on the way), {@value #BATCH} rows a transaction,
 * reading the city part by part so that it never has to be in memory whole. Loading the same city
 * again changes nothing.
 */
@GraphWrites
@Service
public class CityLoader {

    static final int BATCH = 10_000;
    private static final Logger log = LoggerFactory.getLogger(CityLoader.class);

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final SearchKeys searchKeys;

    CityLoader(NamedQueries queries, Neo4jClient neo4j, SearchKeys searchKeys) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.searchKeys = searchKeys;
    }

    /** Generates and loads a city of {@code scale} districts (see {@link CityGenerator}). */
    public GenerationReport load(int scale, long seed) {
        return load(CityGenerator.ofScale(scale, seed), scale, seed);
    }

    /** Loads the city the generator produces; {@code scale} and {@code seed} are only reported. */
    public GenerationReport load(CityGenerator city, int scale, long seed) {
        long started = System.nanoTime();
        var writer = new Writer();
        city.parts().forEach(writer::add);
        writer.flushAll();
        var report = new GenerationReport(scale, seed, writer.nodes, writer.relationships, writer.nodesCreated,
                writer.relationshipsCreated, Duration.ofNanos(System.nanoTime() - started));
        log.info("Synthetic city loaded: scale {}, seed {}: {} nodes ({} new), {} relationships ({} new) in {} s, {} entities/s",
                scale, seed, report.nodes(), report.nodesCreated(), report.relationships(), report.relationshipsCreated(),
                "%.1f".formatted(report.took().toMillis() / 1000.0), "%.0f".formatted(report.entitiesPerSecond()));
        neo4j.query(queries.get("generate/graph-counts")).fetch().one().ifPresent(counts -> log.info(
                "The graph now holds {} stakeholders and {} relationships", counts.get("stakeholders"), counts.get("relationships")));
        return report;
    }

    /** Deletes every synthetic stakeholder and its relationships, a batch a transaction; returns how many stakeholders. */
    public long removeAll() {
        long deleted = 0;
        while (true) {
            long batch = neo4j.query(queries.get("generate/delete-synthetic")).bind(BATCH).to("batch")
                    .fetchAs(Long.class).one().orElse(0L);
            if (batch == 0) {
                return deleted;
            }
            deleted += batch;
        }
    }

    /** Collects rows into batches; writes pending nodes before any relationships, as these may end at them. */
    private final class Writer {

        private final List<Map<String, Object>> nodeRows = new ArrayList<>(BATCH);
        private final List<Map<String, Object>> relationshipRows = new ArrayList<>(BATCH);
        long nodes;
        long relationships;
        long nodesCreated;
        long relationshipsCreated;

        void add(CityPart part) {
            for (GeneratedNode node : part.nodes()) {
                nodeRows.add(node.row(searchKeys));
                if (nodeRows.size() >= BATCH) {
                    flushNodes();
                }
            }
            for (GeneratedRelationship relationship : part.relationships()) {
                relationshipRows.add(relationship.row());
                if (relationshipRows.size() >= BATCH) {
                    flushAll();
                }
            }
        }

        void flushAll() {
            flushNodes();
            if (!relationshipRows.isEmpty()) {
                relationshipsCreated += neo4j.query(queries.get("seed/merge-relationships")).bind(List.copyOf(relationshipRows))
                        .to("rows").run().counters().relationshipsCreated();
                relationships += relationshipRows.size();
                relationshipRows.clear();
            }
        }

        private void flushNodes() {
            if (!nodeRows.isEmpty()) {
                nodesCreated += neo4j.query(queries.get("seed/merge-stakeholders")).bind(List.copyOf(nodeRows))
                        .to("rows").run().counters().nodesCreated();
                nodes += nodeRows.size();
                nodeRows.clear();
            }
        }
    }
}
