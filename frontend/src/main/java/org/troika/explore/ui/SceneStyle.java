package org.troika.explore.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.troika.graph.GraphNode;
import org.troika.graph.Subgraph;
import org.troika.graph.ui.GraphCanvas.NodeLook;
import org.troika.graph.ui.KindStyle;
import org.troika.measure.NetworkMeasureService;
import org.troika.measure.NodeMeasures;

/** How the scene is drawn: stakeholders sized by a network measure of the scene, coloured by kind or community. */
class SceneStyle extends HorizontalLayout implements LocaleChangeObserver {

    enum Size {
        NONE(null),
        DEGREE(NodeMeasures::degree),
        BETWEENNESS(NodeMeasures::betweenness),
        PAGE_RANK(NodeMeasures::pageRank),
        BROKERAGE(measures -> Double.isNaN(measures.constraint()) ? 0 : 1 - measures.constraint());

        private final ToDoubleFunction<NodeMeasures> measure;

        Size(ToDoubleFunction<NodeMeasures> measure) {
            this.measure = measure;
        }
    }

    enum Colour { KIND, COMMUNITY }

    private static final List<String> COMMUNITY_COLOURS = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
            "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939");

    final Select<Size> size = new Select<>();
    final Select<Colour> colour = new Select<>();

    private final NetworkMeasureService measures;

    SceneStyle(NetworkMeasureService measures) {
        this.measures = measures;
        size.setId("style-size");
        size.setItems(Size.values());
        size.setValue(Size.NONE);
        colour.setId("style-colour");
        colour.setItems(Colour.values());
        colour.setValue(Colour.KIND);
        setSpacing(true);
        add(size, colour);
    }

    /** How each stakeholder of the scene is drawn, measuring the scene only when a choice needs it. */
    Function<GraphNode, NodeLook> looks(Subgraph scene) {
        if (size.getValue() == Size.NONE && colour.getValue() == Colour.KIND) {
            return NodeLook::of;
        }
        Map<String, String> kinds = new HashMap<>();
        scene.nodes().forEach(node -> kinds.put(node.id(), node.kind()));
        var ties = scene.links().stream().map(link -> List.of(link.source(), link.target())).toList();
        Map<String, NodeMeasures> byId = new HashMap<>();
        measures.measureGraph("scene", kinds, ties).nodes().forEach(node -> byId.put(node.id(), node));
        double largest = size.getValue().measure == null ? 0 : byId.values().stream()
                .mapToDouble(size.getValue().measure).max().orElse(0);
        return node -> {
            NodeMeasures measured = byId.get(node.id());
            double scaled = NodeLook.DEFAULT_SIZE;
            if (size.getValue().measure != null && measured != null && largest > 0) {
                scaled = 8 + 32 * size.getValue().measure.applyAsDouble(measured) / largest;
            }
            String fill = colour.getValue() == Colour.COMMUNITY && measured != null
                    ? COMMUNITY_COLOURS.get(measured.community() % COMMUNITY_COLOURS.size())
                    : KindStyle.colour(node.kind());
            return new NodeLook(scaled, fill);
        };
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        size.setLabel(getTranslation("explore.style.size"));
        size.setItemLabelGenerator(item -> getTranslation("explore.style.size." + item.name().toLowerCase(Locale.ROOT)));
        colour.setLabel(getTranslation("explore.style.colour"));
        colour.setItemLabelGenerator(item -> getTranslation("explore.style.colour." + item.name().toLowerCase(Locale.ROOT)));
    }
}
