package org.troika.measure;

import java.util.List;

/**
 * The network measures of a scope's graph (see docs/measures.md).
 *
 * @param scopeId       the scope: a district, sub-district or residents' committee id
 * @param includePeople whether the people tied to the scope's organisations are members of the graph
 * @param nodeCount     the stakeholders in the graph
 * @param edgeCount     the ties among them: pairs of stakeholders with at least one relationship
 * @param modularity    how well the communities separate the graph (Newman's Q, at most 1; 0 without ties)
 * @param nodes         the measures of every stakeholder, in id order
 * @param communities   the communities, largest first
 * @param brokers       the strongest brokers, at most {@link NetworkMeasureService#TOP_BROKERS}, as ranked by
 *                      {@link NetworkMeasureService#brokers}
 */
public record ScopeMeasures(String scopeId, boolean includePeople, int nodeCount, int edgeCount, double modularity,
                            List<NodeMeasures> nodes, List<Community> communities, List<NodeMeasures> brokers) {
}
