package org.troika.explore.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphNode;
import org.troika.graph.Subgraph;

/**
 * The scenes the explorer has shown, for undo and redo, and the ways a scene changes: replaced,
 * grown by the neighbours of a stakeholder, or pruned of its leaves or of one stakeholder's leaves.
 */
final class SceneHistory<T> {

    static final int MAX_SCENES = 50;

    private final List<T> scenes = new ArrayList<>();
    private int current = -1;

    Optional<T> current() {
        return current < 0 ? Optional.empty() : Optional.of(scenes.get(current));
    }

    /** Shows a new scene; what was undone before is forgotten. */
    T push(T scene) {
        while (scenes.size() > current + 1) {
            scenes.removeLast();
        }
        scenes.add(scene);
        if (scenes.size() > MAX_SCENES) {
            scenes.removeFirst();
        }
        current = scenes.size() - 1;
        return scene;
    }

    boolean canUndo() {
        return current > 0;
    }

    boolean canRedo() {
        return current < scenes.size() - 1;
    }

    Optional<T> undo() {
        return canUndo() ? Optional.of(scenes.get(--current)) : Optional.empty();
    }

    Optional<T> redo() {
        return canRedo() ? Optional.of(scenes.get(++current)) : Optional.empty();
    }

    /** The scene with another subgraph added: stakeholders and relationships once each. */
    static Subgraph merge(Subgraph scene, Subgraph more) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        scene.nodes().forEach(node -> nodes.put(node.id(), node));
        more.nodes().forEach(node -> nodes.putIfAbsent(node.id(), node));
        Map<String, GraphLink> links = new LinkedHashMap<>();
        scene.links().forEach(link -> links.put(link.id(), link));
        more.links().forEach(link -> links.putIfAbsent(link.id(), link));
        return new Subgraph(List.copyOf(nodes.values()), List.copyOf(links.values()), scene.truncated() || more.truncated());
    }

    /** The scene without its leaves (stakeholders with at most one relationship), except {@code keep}. */
    static Subgraph withoutLeaves(Subgraph scene, String keep) {
        Map<String, Integer> degree = degrees(scene);
        return without(scene, id -> !id.equals(keep) && degree.getOrDefault(id, 0) <= 1);
    }

    /** The scene without the leaves hanging from one stakeholder: what expanding it added, roughly. */
    static Subgraph collapsed(Subgraph scene, String id) {
        Map<String, Integer> degree = degrees(scene);
        var attached = scene.links().stream()
                .filter(link -> link.source().equals(id) || link.target().equals(id))
                .map(link -> link.source().equals(id) ? link.target() : link.source())
                .filter(other -> degree.getOrDefault(other, 0) <= 1)
                .toList();
        return without(scene, attached::contains);
    }

    private static Map<String, Integer> degrees(Subgraph scene) {
        Map<String, Integer> degree = new HashMap<>();
        for (GraphLink link : scene.links()) {
            degree.merge(link.source(), 1, Integer::sum);
            degree.merge(link.target(), 1, Integer::sum);
        }
        return degree;
    }

    static Subgraph without(Subgraph scene, Predicate<String> removed) {
        var nodes = scene.nodes().stream().filter(node -> !removed.test(node.id())).toList();
        var kept = nodes.stream().map(GraphNode::id).collect(Collectors.toSet());
        var links = scene.links().stream()
                .filter(link -> kept.contains(link.source()) && kept.contains(link.target()))
                .toList();
        return new Subgraph(nodes, links, scene.truncated());
    }
}
