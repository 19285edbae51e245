package org.troika.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What an export writes: stakeholders with all their labels and properties, and the relationships among them. */
public record ExportGraph(List<Node> nodes, List<Relationship> relationships) {

    /** A stakeholder: its id, its labels (kind first) and every property, the id and kind included. */
    public record Node(String id, List<String> labels, Map<String, Object> properties) {

        public String kind() {
            return properties.get("kind") instanceof String kind ? kind : labels.getFirst();
        }
    }

    /** A relationship: its id, type, the ids at its ends and every property, the id included. */
    public record Relationship(String id, String type, String start, String end, Map<String, Object> properties) {
    }

    /** The property names of the nodes, sorted. */
    Set<String> nodePropertyNames() {
        Set<String> names = new TreeSet<>();
        nodes.forEach(node -> names.addAll(node.properties().keySet()));
        return names;
    }

    /** The property names of the relationships, sorted. */
    Set<String> relationshipPropertyNames() {
        Set<String> names = new TreeSet<>();
        relationships.forEach(relationship -> names.addAll(relationship.properties().keySet()));
        return names;
    }

    List<Object> nodeValues(String property) {
        return nodes.stream().map(node -> node.properties().get(property)).filter(value -> value != null).toList();
    }

    List<Object> relationshipValues(String property) {
        return relationships.stream().map(relationship -> relationship.properties().get(property))
                .filter(value -> value != null).toList();
    }
}
