package org.troika.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphNode;
import org.troika.graph.Subgraph;

class SceneHistoryTests {

    static GraphNode node(String id) {
        return new GraphNode(id, "Estate", id, id, List.of("illustrative"));
    }

    static GraphLink link(String source, String target) {
        return new GraphLink(source + "-SERVES-" + target, "SERVES", source, target);
    }

    // a - b - c, and d hanging from b
    static final Subgraph PATH = new Subgraph(List.of(node("a"), node("b"), node("c"), node("d")),
            List.of(link("a", "b"), link("b", "c"), link("b", "d")), false);

    @Test
    void undo_and_redo_walk_back_and_forth_and_a_new_scene_forgets_what_was_undone() {
        var history = new SceneHistory<Subgraph>();
        var first = history.push(PATH);
        var second = history.push(SceneHistory.withoutLeaves(PATH, null));

        assertThat(history.undo()).contains(first);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).contains(second);
        assertThat(history.canRedo()).isFalse();

        history.undo();
        history.push(SceneHistory.collapsed(PATH, "b"));
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void merging_keeps_every_stakeholder_and_relationship_once() {
        var more = new Subgraph(List.of(node("c"), node("e")), List.of(link("b", "c"), link("c", "e")), true);

        var merged = SceneHistory.merge(PATH, more);

        assertThat(merged.nodes()).extracting(GraphNode::id).containsExactly("a", "b", "c", "d", "e");
        assertThat(merged.links()).hasSize(4);
        assertThat(merged.truncated()).isTrue();
    }

    @Test
    void removing_leaves_keeps_the_hub_and_the_chosen_stakeholder() {
        var pruned = SceneHistory.withoutLeaves(PATH, "a");

        assertThat(pruned.nodes()).extracting(GraphNode::id).containsExactly("a", "b");
        assertThat(pruned.links()).extracting(GraphLink::id).containsExactly("a-SERVES-b");
    }

    @Test
    void collapsing_a_stakeholder_removes_the_leaves_hanging_from_it() {
        var collapsed = SceneHistory.collapsed(PATH, "b");

        assertThat(collapsed.nodes()).extracting(GraphNode::id).containsExactly("b");
        assertThat(collapsed.links()).isEmpty();
    }
}
