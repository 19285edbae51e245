package org.troika.base.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits every GraphQL request must keep, bound from {@code troika.graphql.*}. A request over
 * a limit gets one error naming the limit and the value, with the classification
 * {@code LIMIT_EXCEEDED}. See {@code docs/graphql-limits.md}.
 *
 * @param maxDepth       fields nested deeper than this are rejected (introspection is bounded by graphql-java's own check)
 * @param maxComplexity  the largest cost of an operation: each field costs 1, a list field multiplies what it
 *                       selects by its {@code first}, {@code last} or {@code limit} argument, else by {@value #DEFAULT_LIST_SIZE}
 * @param maxAliases     the most aliased fields one document may carry
 * @param maxPageSize    the largest {@code first}, {@code last} or {@code limit} argument; negative ones are rejected too
 * @param maxOperations  the most operations one document may carry (a request executes one of them)
 * @param maxQueryLength the longest document, in characters, checked before parsing
 * @param timeout        how long a request may execute before it is stopped
 */
@ConfigurationProperties("troika.graphql")
public record GraphQlLimits(
        @DefaultValue("12") int maxDepth,
        @DefaultValue("50000") int maxComplexity,
        @DefaultValue("30") int maxAliases,
        @DefaultValue("500") int maxPageSize,
        @DefaultValue("5") int maxOperations,
        @DefaultValue("20000") int maxQueryLength,
        @DefaultValue("10s") Duration timeout) {

    /** What a list field without a page-size argument counts as, for the complexity. */
    /** A relationship list without a page size counts as this many items: most stakeholders have few of each. */
    public static final int DEFAULT_LIST_SIZE = 2;

    public GraphQlLimits {
        positive("max-depth", maxDepth);
        positive("max-complexity", maxComplexity);
        positive("max-aliases", maxAliases);
        positive("max-page-size", maxPageSize);
        positive("max-operations", maxOperations);
        positive("max-query-length", maxQueryLength);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("troika.graphql.timeout must be positive, not " + timeout);
        }
    }

    /** The defaults, as documented. */
    public static GraphQlLimits defaults() {
        return new GraphQlLimits(12, 50_000, 30, 500, 5, 20_000, Duration.ofSeconds(10));
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("troika.graphql." + name + " must be positive, not " + value);
        }
    }
}
