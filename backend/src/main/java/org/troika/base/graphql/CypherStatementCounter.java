package org.troika.base.graphql;

import io.micrometer.context.ContextRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.observation.ObservationProvider;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;
import org.neo4j.driver.observation.micrometer.SessionRunContext;
import org.neo4j.driver.observation.micrometer.TransactionRunContext;
import org.springframework.stereotype.Component;

/**
 * Counts the Cypher statements the Neo4j driver runs for a unit of work: a GraphQL request, or
 * a block of code given to {@link #count(Runnable)}.
 *
 * <p>The driver itself reports every statement it runs, through its observation API (the
 * {@link #observationProvider()} set on the driver's configuration): auto-commit and transaction
 * functions, explicit transactions, the async and reactive APIs alike, hence whatever Spring Data
 * Neo4j's {@code Neo4jClient}, {@code Neo4jTemplate} and repositories run. A statement counts
 * towards the unit of work of the thread that starts it. A GraphQL request's count travels in its
 * {@code GraphQLContext}; Spring for GraphQL restores it on whichever thread runs a data fetcher
 * or a batch loader (it is registered with Micrometer's context propagation). Statements run on
 * threads nothing propagates context to, such as a bare executor, are not counted.
 *
 * <p>Tests read a request's count from {@code extensions.cypherStatements} of its response when
 * {@code troika.graphql.expose-statement-count=true}.
 */
@Component
public class CypherStatementCounter {

    /** The key of a request's count, in its {@code GraphQLContext} and in context propagation. */
    static final String KEY = CypherStatementCounter.class.getName();

    private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, CURRENT);
    }

    private final ObservationProvider observationProvider;

    CypherStatementCounter() {
        var registry = ObservationRegistry.create();
        // no observation predicate: the driver expects its own contexts back, never a no-op one
        registry.observationConfig().observationHandler(new StatementHandler());
        this.observationProvider = MicrometerObservationProvider.builder(registry).build();
    }

    /** Runs the action on this thread and returns how many Cypher statements it ran. */
    public int count(Runnable action) {
        AtomicInteger outer = CURRENT.get();
        var statements = new AtomicInteger();
        CURRENT.set(statements);
        try {
            action.run();
            return statements.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                outer.addAndGet(statements.get());
                CURRENT.set(outer);
            }
        }
    }

    /** What the driver's configuration takes to report its statements to this counter. */
    public ObservationProvider observationProvider() {
        return observationProvider;
    }

    /** Counts on the thread that starts the statement, into the unit of work bound to it, if any. */
    private static final class StatementHandler implements ObservationHandler<Observation.Context> {

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof SessionRunContext || context instanceof TransactionRunContext;
        }

        @Override
        public void onStart(Observation.Context context) {
            AtomicInteger statements = CURRENT.get();
            if (statements != null) {
                statements.incrementAndGet();
            }
        }
    }
}
