package org.troika.generate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.troika.backup.GraphWrites;
import org.troika.base.NamedQueries;
import org.troika.search.SearchKeys;
import org.troika.write.GraphWriter;
import org.troika.write.RelationshipRow;
import org.troika.write.StakeholderRow;
import org.troika.write.WriteCounts;

/**
 * Writes a synthetic city through the {@link GraphWriter}, the write path of the seed and of imports, one
 * transaction per batch of {@value GraphWriter#BATCH} rows. The city is read part by part in waves: while one wave
 * is written, with its batches spread over {@code troika.generate.writers} concurrent transactions, the next is
 * generated; a wave's stakeholders are committed before its relationships, which end only at stakeholders of this or
 * earlier waves. So the city is never in memory whole, and loading the same city again creates nothing.
 */
@GraphWrites
@Service
public class CityLoader {

    static final int BATCH = GraphWriter.BATCH;
    private static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(CityLoader.class);

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final SearchKeys searchKeys;
    private final GraphWriter writer;
    private final TransactionTemplate transactions;
    private final int writers;

    CityLoader(NamedQueries queries, Neo4jClient neo4j, SearchKeys searchKeys, GraphWriter writer,
            PlatformTransactionManager transactionManager, @Value("${troika.generate.writers:2}") int writers) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.searchKeys = searchKeys;
        this.writer = writer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.writers = Math.max(1, writers);
    }

    /** Generates and loads a city of {@code scale} districts (see {@link CityGenerator}). */
    public GenerationReport load(int scale, long seed) {
        return load(CityGenerator.ofScale(scale, seed), scale, seed);
    }

    /** Loads the city the generator produces; {@code scale} and {@code seed} are only reported. */
    public GenerationReport load(CityGenerator city, int scale, long seed) {
        long started = System.nanoTime();
        var progress = new Progress();
        try (ExecutorService batches = Executors.newFixedThreadPool(writers);
             ExecutorService waves = Executors.newSingleThreadExecutor()) {
            var wave = new Wave();
            CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
            for (CityPart part : (Iterable<CityPart>) city.parts()::iterator) {
                wave.add(part, searchKeys);
                if (wave.isFull(writers)) {
                    // At most one wave waits while another is written: memory stays bounded.
                    written.join();
                    Wave full = wave;
                    written = CompletableFuture.runAsync(() -> full.write(this, batches, progress), waves);
                    wave = new Wave();
                }
            }
            written.join();
            wave.write(this, batches, progress);
        }
        var report = new GenerationReport(scale, seed, progress.nodes.get(), progress.relationships.get(),
                progress.nodesCreated.get(), progress.relationshipsCreated.get(), Duration.ofNanos(System.nanoTime() - started));
        log.info("Synthetic city loaded: scale {}, seed {}: {} nodes ({} new), {} relationships ({} new) in {} s, {} entities/s, {} writers",
                scale, seed, report.nodes(), report.nodesCreated(), report.relationships(), report.relationshipsCreated(),
                "%.1f".formatted(report.took().toMillis() / 1000.0), "%.0f".formatted(report.entitiesPerSecond()), writers);
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

    /** Runs one batch in a transaction of its own, again when it lost a deadlock to a concurrent batch. */
    private WriteCounts inTransaction(java.util.function.Supplier<WriteCounts> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> batch.get());
            } catch (TransientDataAccessException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("A batch of the city is written again after a transient failure: {}", e.getMessage());
            }
        }
    }

    private static final class Progress {
        final AtomicLong nodes = new AtomicLong();
        final AtomicLong relationships = new AtomicLong();
        final AtomicLong nodesCreated = new AtomicLong();
        final AtomicLong relationshipsCreated = new AtomicLong();
    }

    /** The rows of some consecutive parts of the city. */
    private static final class Wave {

        private final List<StakeholderRow> nodes = new ArrayList<>();
        private final List<RelationshipRow> relationships = new ArrayList<>();

        void add(CityPart part, SearchKeys searchKeys) {
            part.nodes().forEach(node -> nodes.add(node.row(searchKeys)));
            part.relationships().forEach(relationship -> relationships.add(relationship.row()));
        }

        boolean isFull(int writers) {
            return nodes.size() >= BATCH * writers || relationships.size() >= BATCH * writers;
        }

        void write(CityLoader loader, ExecutorService batches, Progress progress) {
            inParallel(nodes, batches, rows -> {
                WriteCounts counts = loader.inTransaction(() -> loader.writer.writeStakeholders(rows));
                progress.nodes.addAndGet(rows.size());
                progress.nodesCreated.addAndGet(counts.created());
            });
            inParallel(relationships, batches, rows -> {
                WriteCounts counts = loader.inTransaction(() -> loader.writer.writeRelationships(rows));
                progress.relationships.addAndGet(rows.size());
                progress.relationshipsCreated.addAndGet(counts.created());
            });
        }

        private static <T> void inParallel(List<T> rows, ExecutorService batches, java.util.function.Consumer<List<T>> write) {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<T> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                running.add(CompletableFuture.runAsync(() -> write.accept(batch), batches));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        }
    }
}
