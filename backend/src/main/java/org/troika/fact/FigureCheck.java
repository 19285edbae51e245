package org.troika.fact;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How one published figure is recomputed: a named query of {@code cypher/queries} run with its
 * parameters, whose {@code value} is formatted like the published figure.
 *
 * @param name        a unique slug naming the check
 * @param statement   what the figure counts, in English
 * @param statementZh what the figure counts, in Chinese
 * @param query       the named query, for example {@code indicators/estates}
 * @param params      the query's parameters
 * @param published   the figure as the article publishes it
 * @param format      how the figure is written
 * @param unit        the unit written after it, or empty
 */
public record FigureCheck(
        String name,
        String statement,
        String statementZh,
        String query,
        Map<String, Object> params,
        BigDecimal published,
        FigureFormat format,
        String unit) {

    public FigureCheck {
        params = params == null ? Map.of() : params;
        unit = unit == null ? "" : unit;
    }
}
