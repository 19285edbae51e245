package org.troika.about;

import java.util.List;
import org.troika.fact.Fact;

/**
 * One fact of the source article and what rests on it in the graph.
 *
 * @param fact          the fact, with its statement in both languages
 * @param figures       the figures it publishes; empty when it has none
 * @param stakeholders  how many stakeholders cite it in their provenance
 * @param relationships how many relationships between stakeholders cite it
 * @param example       the id of one stakeholder resting on it, a named one before an illustrative one;
 *                      {@code null} when none does
 */
public record FactSupport(Fact fact, List<Figure> figures, long stakeholders, long relationships, String example) {

    public FactSupport {
        figures = List.copyOf(figures);
    }

    /** A figure the fact publishes: what it counts, in English and Chinese, and the figure as published ({@code 55.0%}). */
    public record Figure(String statement, String statementZh, String published) {
    }
}
