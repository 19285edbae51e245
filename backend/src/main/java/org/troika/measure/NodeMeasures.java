package org.troika.measure;

/**
 * The measures of one stakeholder in the graph of a scope (see docs/measures.md).
 *
 * @param id               the stakeholder's business id
 * @param kind             the stakeholder's kind ({@code Estate}, {@code Person}, ...)
 * @param degree           the number of other members it is tied to, whatever the relationships' type or direction
 * @param normalisedDegree degree divided by nodeCount − 1
 * @param betweenness      the share of shortest paths between other pairs that pass through it, normalised to 0..1
 * @param pageRank         its PageRank (damping 0.85); the ranks of a scope sum to 1
 * @param community        the number of its community, 0 for the largest
 * @param constraint       Burt's constraint: low for a broker whose contacts are not tied to one another;
 *                         NaN for a stakeholder without ties
 * @param effectiveSize    Burt's effective size: its non-redundant contacts; NaN for a stakeholder without ties
 */
public record NodeMeasures(String id, String kind, int degree, double normalisedDegree, double betweenness,
                           double pageRank, int community, double constraint, double effectiveSize) {
}
