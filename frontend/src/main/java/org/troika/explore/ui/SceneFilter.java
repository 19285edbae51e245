package org.troika.explore.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.troika.base.ui.UiLanguage;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphNode;
import org.troika.graph.Subgraph;
import org.troika.stakeholder.StakeholderKind;

/**
 * Which part of the scene is drawn: only the chosen kinds of stakeholder and types of relationship
 * (none chosen means all). A filter hides; it does not change the scene, so undo is unaffected.
 */
class SceneFilter extends HorizontalLayout implements LocaleChangeObserver {

    final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> relationshipTypes = new MultiSelectComboBox<>();

    SceneFilter() {
        kinds.setId("filter-kinds");
        relationshipTypes.setId("filter-relationship-types");
        kinds.setClearButtonVisible(true);
        relationshipTypes.setClearButtonVisible(true);
        add(kinds, relationshipTypes);
    }

    /** Offers the kinds and relationship types present in a scene, keeping the choices that still apply. */
    void offer(Subgraph scene) {
        Set<String> presentKinds = scene.nodes().stream().map(GraphNode::kind).collect(Collectors.toCollection(TreeSet::new));
        Set<String> presentTypes = scene.links().stream().map(GraphLink::type).collect(Collectors.toCollection(TreeSet::new));
        Set<String> chosenKinds = new TreeSet<>(kinds.getValue());
        Set<String> chosenTypes = new TreeSet<>(relationshipTypes.getValue());
        chosenKinds.retainAll(presentKinds);
        chosenTypes.retainAll(presentTypes);
        kinds.setItems(presentKinds);
        relationshipTypes.setItems(presentTypes);
        kinds.setValue(chosenKinds);
        relationshipTypes.setValue(chosenTypes);
    }

    /** Chooses kinds and relationship types (from an address); {@link #offer} then keeps those present. */
    void choose(Set<String> chosenKinds, Set<String> chosenTypes) {
        kinds.setItems(chosenKinds);
        relationshipTypes.setItems(chosenTypes);
        kinds.setValue(chosenKinds);
        relationshipTypes.setValue(chosenTypes);
    }

    /** The part of the scene to draw. */
    Subgraph apply(Subgraph scene) {
        Set<String> wantedKinds = kinds.getValue();
        Set<String> wantedTypes = relationshipTypes.getValue();
        if (wantedKinds.isEmpty() && wantedTypes.isEmpty()) {
            return scene;
        }
        var nodes = scene.nodes().stream()
                .filter(node -> wantedKinds.isEmpty() || wantedKinds.contains(node.kind()))
                .toList();
        var kept = nodes.stream().map(GraphNode::id).collect(Collectors.toSet());
        var links = scene.links().stream()
                .filter(link -> wantedTypes.isEmpty() || wantedTypes.contains(link.type()))
                .filter(link -> kept.contains(link.source()) && kept.contains(link.target()))
                .toList();
        return new Subgraph(nodes, links, scene.truncated());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        boolean english = UiLanguage.isEnglish(event.getLocale());
        kinds.setLabel(getTranslation("explore.filter.kinds"));
        kinds.setItemLabelGenerator(label -> StakeholderKind.ofLabel(label)
                .map(kind -> english ? kind.nameEn() : kind.nameZh()).orElse(label));
        relationshipTypes.setLabel(getTranslation("explore.filter.relationshipTypes"));
    }
}
