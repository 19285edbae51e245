package org.troika.generate;

import java.util.List;

/**
 * One piece of the city: a district's own stakeholders, or one sub-district with everything in it.
 * Its relationships end at its own nodes or at nodes of earlier parts, so parts load in order.
 */
public record CityPart(List<GeneratedNode> nodes, List<GeneratedRelationship> relationships) {
}
