package org.troika.explore.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.troika.base.NotFoundException;
import org.troika.base.ui.UiLanguage;
import org.troika.graph.GraphMl;
import org.troika.graph.GraphNode;
import org.troika.graph.GraphService;
import org.troika.graph.GraphTraversal;
import org.troika.graph.SubDistrict;
import org.troika.graph.Subgraph;
import org.troika.graph.ui.GraphCanvas;
import org.troika.measure.NetworkMeasureService;
import org.troika.search.SearchResult;
import org.troika.search.SearchService;
import org.troika.stakeholder.StakeholderKind;
import org.troika.stakeholder.StakeholderQueries;

/** The start page: one sub-district's co-governance network on the canvas. */
@Route("")
@PageTitle("Troika")
public class ExploreView extends VerticalLayout implements LocaleChangeObserver, BeforeEnterObserver {

    /** The address of a scene: {@code ?scope=<sub-district id>} or {@code ?focus=<stakeholder id>}. */
    static final String SCOPE_PARAMETER = "scope";
    static final String FOCUS_PARAMETER = "focus";

    static final int SCOPE_LIMIT = 1_500;
    static final int NEIGHBOURHOOD_LIMIT = 200;
    static final int EXPANSION_LIMIT = 50;

    final ComboBox<SubDistrict> scope = new ComboBox<>();
    final ComboBox<SearchSuggestion> search = new ComboBox<>();
    final Span summary = new Span();
    final Anchor exportGraphMl = new Anchor(DownloadHandler.fromInputStream(download -> {
        byte[] graphMl = GraphMl.write(this.scene);
        return new DownloadResponse(new ByteArrayInputStream(graphMl), "troika-scene.graphml",
                "application/graphml+xml", graphMl.length);
    }), AttachmentType.DOWNLOAD, "");
    final GraphCanvas canvas = new GraphCanvas();
    final NodeDetails details;
    final KindLegend legend = new KindLegend();
    final SceneActions actions = new SceneActions();
    final SceneStyle style;
    final SceneFilter filter = new SceneFilter();

    private final GraphService graphs;
    private final GraphTraversal traversal;
    private Map<String, GraphNode> shown = Map.of();
    private Subgraph scene = Subgraph.EMPTY;
    private final SceneHistory history = new SceneHistory();
    private String selectedId;
    private String requestedScope;
    private String requestedFocus;
    private boolean started;

    public ExploreView(GraphService graphs, GraphTraversal traversal, SearchService searchService,
                       StakeholderQueries stakeholders, NetworkMeasureService measures, NodeDetails details) {
        this.graphs = graphs;
        this.traversal = traversal;
        this.details = details;
        this.style = new SceneStyle(measures);
        style.size.addValueChangeListener(change -> draw());
        style.colour.addValueChangeListener(change -> draw());
        filter.kinds.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                draw();
            }
        });
        filter.relationshipTypes.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                draw();
            }
        });
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        scope.setId("scope");
        scope.setItems(graphs.subDistricts());
        scope.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                showScope(change.getValue());
                address(SCOPE_PARAMETER, change.getValue().id());
            }
        });
        search.setId("search");
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.setItems(query -> {
            String text = query.getFilter().orElse("");
            var hits = searchService.search(text, null, Math.min(SearchService.MAX_FIRST, query.getOffset() + query.getLimit()));
            var found = stakeholders.byIds(hits.stream().map(SearchResult::id).toList());
            return hits.stream().skip(query.getOffset()).limit(query.getLimit())
                    .map(hit -> found.get(hit.id())).filter(Objects::nonNull).map(SearchSuggestion::of);
        });
        search.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                showNeighbourhood(change.getValue().id());
            }
        });
        summary.setId("scene-summary");
        summary.addClassName("troika-summary");

        canvas.setId("graph");
        canvas.addNodeSelectListener(select -> {
            selectedId = select.nodeId().isEmpty() ? null : select.nodeId();
            details.show(shown.get(select.nodeId()));
            updateActions();
        });
        canvas.addNodeExpandListener(expand -> expand(expand.nodeId()));
        actions.expand.addClickListener(click -> expand(selectedId));
        actions.collapse.addClickListener(click -> change(SceneHistory.collapsed(scene, selectedId), selectedId, null));
        actions.removeLeaves.addClickListener(click -> change(SceneHistory.withoutLeaves(scene, selectedId), selectedId, null));
        actions.undo.addClickListener(click -> history.undo().ifPresent(previous -> display(previous, selectedId, null)));
        actions.redo.addClickListener(click -> history.redo().ifPresent(next -> display(next, selectedId, null)));

        exportGraphMl.setId("export-graphml");
        var toolbar = new HorizontalLayout(search, scope, style, filter, actions, summary, exportGraphMl);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("troika-toolbar");
        var stage = new Div(canvas);
        stage.addClassName("troika-stage");
        var side = new VerticalLayout(details, legend);
        side.addClassName("troika-side");
        side.setWidth("var(--troika-side-width)");
        var body = new HorizontalLayout(stage, side);
        body.setWidthFull();
        body.addClassName("troika-body");
        body.setSpacing(false);
        body.expand(stage);
        add(toolbar, body);
        expand(body);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        boolean english = UiLanguage.isEnglish(event.getLocale());
        search.setLabel(getTranslation("explore.search"));
        search.setPlaceholder(getTranslation("explore.search.placeholder"));
        search.setItemLabelGenerator(hit -> (english ? hit.nameEn() : hit.name()) + " · "
                + StakeholderKind.ofLabel(hit.kind()).map(kind -> english ? kind.nameEn() : kind.nameZh()).orElse(hit.kind()));
        scope.setLabel(getTranslation("explore.scope"));
        exportGraphMl.setText(getTranslation("explore.export.graphml"));
        scope.setItemLabelGenerator(subDistrict -> english
                ? subDistrict.nameEn() + " (" + subDistrict.districtNameEn() + ")"
                : subDistrict.districtName() + " " + subDistrict.name());
        if (!started) {
            started = true;
            restore();
        } else {
            draw();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        requestedScope = parameters.getSingleParameter(SCOPE_PARAMETER).orElse(null);
        requestedFocus = parameters.getSingleParameter(FOCUS_PARAMETER).orElse(null);
    }

    /** Restores the scene of the address: a focused stakeholder, a sub-district, or else the first sub-district. */
    private void restore() {
        if (requestedFocus != null) {
            try {
                showNeighbourhood(requestedFocus);
                return;
            } catch (NotFoundException unknown) {
                Notification.show(getTranslation("explore.unknown", requestedFocus));
            }
        }
        var subDistricts = graphs.subDistricts();
        subDistricts.stream().filter(subDistrict -> subDistrict.id().equals(requestedScope)).findFirst()
                .or(() -> subDistricts.stream().findFirst())
                .ifPresent(scope::setValue);
    }

    /** Keeps the browser's address on the scene shown, so that it can be shared and reopened. */
    private void address(String parameter, String value) {
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("", QueryParameters.of(parameter, value))));
    }

    private void showScope(SubDistrict subDistrict) {
        show(graphs.scope(subDistrict.id(), SCOPE_LIMIT), null);
    }

    /** Shows a stakeholder with everything one relationship away, and selects it. */
    void showNeighbourhood(String id) {
        show(Subgraph.of(traversal.neighbourhood(id, 1, null, null, NEIGHBOURHOOD_LIMIT, null)), id);
        address(FOCUS_PARAMETER, id);
    }

    /** Adds a stakeholder's neighbours (at most {@value #EXPANSION_LIMIT}) to the scene, around it. */
    void expand(String id) {
        if (id == null) {
            return;
        }
        var around = Subgraph.of(traversal.neighbourhood(id, 1, null, null, EXPANSION_LIMIT, null));
        change(SceneHistory.merge(scene, around), id, id);
    }

    private void show(Subgraph subgraph, String selected) {
        change(subgraph, selected, null);
    }

    /** A new scene, remembered for undo. */
    private void change(Subgraph subgraph, String selected, String origin) {
        display(history.push(subgraph), selected, origin);
    }

    private void display(Subgraph subgraph, String selected, String origin) {
        scene = subgraph;
        shown = scene.nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));
        selectedId = selected != null && shown.containsKey(selected) ? selected : null;
        details.show(selectedId == null ? null : shown.get(selectedId));
        draw(origin);
        canvas.select(selectedId);
        updateActions();
    }

    private void updateActions() {
        actions.update(selectedId != null, history.canUndo(), history.canRedo());
    }

    private void draw() {
        draw(null);
    }

    private void draw(String origin) {
        boolean english = UiLanguage.isEnglish(getLocale());
        filter.offer(scene);
        Subgraph drawn = filter.apply(scene);
        canvas.show(drawn, node -> english ? node.nameEn() : node.name(), origin, style.looks(drawn));
        summary.setText(getTranslation(scene.truncated() ? "explore.summary.truncated" : "explore.summary",
                drawn.nodes().size(), drawn.links().size()));
    }
}
