package org.troika.fact;

/**
 * One published figure beside the same figure computed from the graph.
 *
 * @param factId      the fact the figure belongs to
 * @param check       the check's name
 * @param statement   what the figure counts, in English
 * @param statementZh what the figure counts, in Chinese
 * @param query       the named query that computed it
 * @param published   the figure as published
 * @param computed    the figure as computed, written alike
 * @param holds       whether the graph reproduces the published figure
 */
public record FactCheck(
        String factId,
        String check,
        String statement,
        String statementZh,
        String query,
        String published,
        String computed,
        boolean holds) {
}
