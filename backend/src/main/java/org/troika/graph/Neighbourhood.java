package org.troika.graph;

import java.util.List;
import java.util.Map;

/** Stakeholders around one, as API views, the relationships among them, and whether a cap cut it short. */
public record Neighbourhood(List<Map<String, Object>> nodes, List<Link> relationships, boolean truncated) {
}
