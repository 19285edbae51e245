package org.troika.governance;

import java.util.Map;

/** The indicators of one scope, by GraphQL field name, each computed from the graph. */
public record Indicators(Map<String, Object> scope, Map<String, Number> values) {
}
