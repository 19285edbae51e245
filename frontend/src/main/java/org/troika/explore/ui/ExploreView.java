package org.troika.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.troika.base.NotFoundException;
import org.troika.base.ui.UiLanguage;
import org.troika.exchange.SceneExport;
import org.troika.graph.GraphNode;
import org.troika.graph.GraphService;
import org.troika.graph.GraphTraversal;
import org.troika.graph.SceneQuery;
import org.troika.graph.Subgraph;
import org.troika.graph.ui.CanvasLayout;
import org.troika.graph.ui.GraphCanvas;
import org.troika.measure.NetworkMeasureService;
import org.troika.scene.SavedScenes;
import org.troika.search.SearchResult;
import org.troika.search.SearchService;
import org.troika.stakeholder.StakeholderKind;
import org.troika.stakeholder.StakeholderQueries;

/**
 * The start page: the co-governance network on a canvas. Every scene comes from a {@link SceneRecipe}
 * (a start and steps) made by {@link SceneMaker}; the browser's address always holds the scene's
 * {@link SceneAddress}, so a link restores it, and undo and redo walk the scenes shown.
 */
@AnonymousAllowed
@Route("")
@PageTitle("Troika")
public class ExploreView extends VerticalLayout implements LocaleChangeObserver, AfterNavigationObserver {

    /** How many search hits the box suggests. */
    static final int SUGGESTIONS = 40;

    final ComboBox<ScopeChoice> scope = new ComboBox<>();
    final ComboBox<SearchSuggestion> search = new ComboBox<>();
    final Span summary = new Span();
    final GraphCanvas canvas = new GraphCanvas();
    final NodeDetails details;
    final KindLegend legend = new KindLegend();
    final SceneActions actions = new SceneActions();
    final SceneStyle style;
    final Select<CanvasLayout> layout = new Select<>();
    final SceneFilter filter = new SceneFilter();
    final AsOfFilter asOf = new AsOfFilter();
    final SceneExports exports;
    final Button showQuery = new Button(VaadinIcon.CODE.create());
    final SceneQueryDialog queryDialog;
    final SavedScenesMenu savedScenes;
    final Button kindPaths = new Button(VaadinIcon.SPLIT.create());
    final KindPathsDialog kindPathsDialog = new KindPathsDialog(this::begin);

    private final SceneMaker maker;
    private final List<ScopeChoice> scopes;
    private final SceneHistory<ExploredScene> history = new SceneHistory<>();
    private ExploredScene scene;
    private Map<String, GraphNode> shown = Map.of();
    private Set<String> pins = Set.of();
    private String selectedId;
    private String otherSelectedId;

    public ExploreView(GraphService graphs, SceneMaker maker, SearchService searchService,
                       StakeholderQueries stakeholders, NetworkMeasureService measures, NodeDetails details,
                       SceneExport sceneExport, SceneQuery sceneQuery, SavedScenes saved) {
        this.maker = maker;
        this.details = details;
        this.style = new SceneStyle(measures);
        this.scopes = ScopeChoice.of(graphs.districts());
        this.exports = new SceneExports(canvas, sceneExport, this::drawn);
        this.queryDialog = new SceneQueryDialog(sceneQuery);
        this.savedScenes = new SavedScenesMenu(saved, this::currentAddress,
                address -> UI.getCurrent().navigate(ExploreView.class, address));
        style.size.addValueChangeListener(change -> redraw(change.isFromClient()));
        style.colour.addValueChangeListener(change -> redraw(change.isFromClient()));
        filter.kinds.addValueChangeListener(change -> redraw(change.isFromClient()));
        filter.relationshipTypes.addValueChangeListener(change -> redraw(change.isFromClient()));
        asOf.enabled.addValueChangeListener(change -> redraw(change.isFromClient()));
        asOf.month.addValueChangeListener(change -> redraw(change.isFromClient()));
        layout.setId("layout");
        layout.setItems(CanvasLayout.values());
        layout.setValue(CanvasLayout.FORCE);
        layout.addValueChangeListener(change -> {
            canvas.layout(change.getValue(), selectedId);
            if (change.isFromClient()) {
                address();
            }
        });
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        scope.setId("scope");
        scope.setItems(scopes);
        scope.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                begin(SceneRecipe.Start.scope(change.getValue().id()));
            }
        });
        search.setId("search");
        search.setClearButtonVisible(true);
        search.setWidth("18rem");
        // the best hits at once, grouped by kind: a group must not straddle two lazily fetched pages
        search.setItems(query -> {
            String text = query.getFilter().orElse("");
            var hits = searchService.search(text, null, SUGGESTIONS);
            var found = stakeholders.byIds(hits.stream().map(SearchResult::id).toList());
            var ranked = hits.stream().map(hit -> found.get(hit.id())).filter(Objects::nonNull).map(SearchSuggestion::of).toList();
            return SearchSuggestion.grouped(ranked).stream().skip(query.getOffset()).limit(query.getLimit());
        });
        search.setRenderer(new ComponentRenderer<>(this::suggestion));
        search.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                showNeighbourhood(change.getValue().id());
            }
        });
        summary.setId("scene-summary");
        summary.addClassName("troika-summary");
        showQuery.setId("show-query");
        showQuery.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showQuery.addClickListener(click -> queryDialog.open(drawn().nodes().stream().map(GraphNode::id).toList(),
                asOf.day()));

        kindPaths.setId("kind-paths-open");
        kindPaths.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        kindPaths.addClickListener(click -> {
            ScopeChoice chosen = scope.getValue() != null ? scope.getValue()
                    : scopes.stream().filter(choice -> !choice.district()).findFirst().orElseThrow();
            kindPathsDialog.open(chosen.id(), chosen.label(UiLanguage.isEnglish(getLocale())));
        });

        canvas.setId("graph");
        canvas.addNodeSelectListener(select -> select(select.nodeId().isEmpty() ? null : select.nodeId(), select.additive()));
        canvas.addNodeExpandListener(expand -> step(SceneRecipe.Operation.EXPAND, expand.nodeId()));
        canvas.addNodeMoreListener(more -> step(SceneRecipe.Operation.EXPAND, more.nodeId()));
        canvas.addNodePinListener(pin -> {
            pins = Set.copyOf(canvas.pinned());
            address();
        });
        actions.expand.addClickListener(click -> step(SceneRecipe.Operation.EXPAND, selectedId));
        actions.collapse.addClickListener(click -> step(SceneRecipe.Operation.COLLAPSE, selectedId));
        actions.removeLeaves.addClickListener(click -> {
            if (selectedId == null) {
                step(SceneRecipe.Operation.REMOVE_LEAVES);
            } else {
                step(SceneRecipe.Operation.REMOVE_LEAVES_KEEPING, selectedId);
            }
        });
        actions.remove.addClickListener(click -> step(SceneRecipe.Operation.REMOVE, selectedId));
        actions.path.addClickListener(click -> step(SceneRecipe.Operation.PATH, otherSelectedId, selectedId));
        actions.pin.addClickListener(click -> togglePin(selectedId));
        actions.undo.addClickListener(click -> history.undo().ifPresent(this::display));
        actions.redo.addClickListener(click -> history.redo().ifPresent(this::display));

        var find = new HorizontalLayout(search, scope, summary, kindPaths, exports, showQuery, savedScenes);
        find.setAlignItems(Alignment.BASELINE);
        find.addClassName("troika-toolbar");
        var shape = new HorizontalLayout(style, layout, filter, asOf, actions);
        shape.setAlignItems(Alignment.BASELINE);
        shape.addClassName("troika-toolbar");
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
        add(find, shape, body);
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
        scope.setItemLabelGenerator(choice -> choice.label(english));
        layout.setLabel(getTranslation("explore.layout"));
        layout.setItemLabelGenerator(item -> getTranslation("explore.layout." + item.name().toLowerCase(Locale.ROOT)));
        showQuery.setText(getTranslation("explore.query"));
        kindPaths.setText(getTranslation("explore.kindPaths"));
        draw(null);
    }

    /** A suggestion: "name · kind", under its kind's name when it is the first of its kind. */
    private Span suggestion(SearchSuggestion hit) {
        boolean english = UiLanguage.isEnglish(getLocale());
        String kind = StakeholderKind.ofLabel(hit.kind()).map(known -> english ? known.nameEn() : known.nameZh()).orElse(hit.kind());
        var item = new Span((english ? hit.nameEn() : hit.name()) + " · " + kind);
        item.addClassName("troika-suggestion");
        if (hit.firstOfKind()) {
            item.addClassName("troika-suggestion-first");
            item.getElement().setAttribute("data-kind", kind);
        }
        return item;
    }

    /** Every arrival, also at this view from this view, shows the scene its address names. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        restore(event.getLocation().getQueryParameters());
    }

    /** Restores the scene of the address, or else shows the first scope. */
    private void restore(QueryParameters parameters) {
        try {
            var address = SceneAddress.parse(parameters);
            if (address.isPresent()) {
                restore(address.get());
                return;
            }
        } catch (IllegalArgumentException | NotFoundException unusable) {
            Notification.show(getTranslation("explore.address.unusable", unusable.getMessage()));
        }
        scopes.stream().filter(choice -> !choice.district()).findFirst()
                .ifPresent(first -> begin(SceneRecipe.Start.scope(first.id())));
    }

    /** Shows the scene of an address: replays its recipe, then draws it as the address says. */
    void restore(SceneAddress address) {
        var drawing = address.drawing();
        style.size.setValue(drawing.size() == null ? SceneStyle.Size.NONE : drawing.size());
        style.colour.setValue(drawing.colour() == null ? SceneStyle.Colour.KIND : drawing.colour());
        layout.setValue(drawing.layout() == null ? CanvasLayout.FORCE : layoutNamed(drawing.layout()));
        filter.choose(drawing.kinds(), drawing.types());
        asOf.choose(drawing.asOf());
        pins = drawing.pins();
        var restored = maker.replay(address.recipe());
        var start = address.recipe().start();
        selectedId = drawing.selected() != null ? drawing.selected()
                : start.kind() == SceneRecipe.StartKind.FOCUS ? start.ids().getFirst() : null;
        otherSelectedId = null;
        display(history.push(restored));
    }

    private static CanvasLayout layoutNamed(String name) {
        try {
            return CanvasLayout.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown layout '" + name + "'");
        }
    }

    /** Shows a stakeholder with what lies one relationship away, and selects it. */
    void showNeighbourhood(String id) {
        begin(SceneRecipe.Start.focus(id));
    }

    /** A new scene from a start; a stakeholder's neighbourhood selects it, other starts select nothing. */
    private void begin(SceneRecipe.Start start) {
        var first = maker.start(start);
        selectedId = start.kind() == SceneRecipe.StartKind.FOCUS ? start.ids().getFirst() : null;
        otherSelectedId = null;
        display(history.push(first));
    }

    /** Applies one step to the scene, remembered for undo; a step that finds nothing (no path) says so. */
    private void step(SceneRecipe.Operation operation, String... ids) {
        if (scene == null || Arrays.stream(ids).anyMatch(Objects::isNull)) {
            return;
        }
        var next = maker.apply(scene, new SceneRecipe.Step(operation, List.of(ids)));
        if (operation == SceneRecipe.Operation.PATH && next.highlightedLinks().isEmpty()) {
            Notification.show(getTranslation("explore.path.none", GraphTraversal.MAX_PATH_LENGTH));
            return;
        }
        String origin = operation == SceneRecipe.Operation.EXPAND ? ids[0] : null;
        display(history.push(next), origin);
    }

    private void display(ExploredScene next) {
        display(next, null);
    }

    /** Shows a scene; new stakeholders start beside {@code origin} (what an expansion came from). */
    private void display(ExploredScene next, String origin) {
        scene = next;
        shown = scene.graph().nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));
        if (selectedId != null && !shown.containsKey(selectedId)) {
            selectedId = null;
        }
        if (otherSelectedId != null && !shown.containsKey(otherSelectedId)) {
            otherSelectedId = null;
        }
        scope.setValue(scopeOf(scene.recipe()));
        details.show(selectedId == null ? null : shown.get(selectedId));
        draw(origin);
        updateActions();
        address();
    }

    private ScopeChoice scopeOf(SceneRecipe recipe) {
        var start = recipe.start();
        String scopeId = switch (start.kind()) {
            case SCOPE -> start.ids().getFirst();
            case KIND_PATHS -> start.ids().get(2);
            case FOCUS -> null;
        };
        return scopes.stream().filter(choice -> choice.id().equals(scopeId)).findFirst().orElse(null);
    }

    private void select(String id, boolean additive) {
        otherSelectedId = additive && selectedId != null && !selectedId.equals(id) ? selectedId : null;
        selectedId = id;
        details.show(id == null ? null : shown.get(id));
        if (otherSelectedId != null) {
            canvas.selectNodes(List.of(otherSelectedId, selectedId));
        }
        updateActions();
        address();
    }

    private void togglePin(String id) {
        if (id == null) {
            return;
        }
        var changed = new HashSet<>(pins);
        if (!changed.remove(id)) {
            changed.add(id);
        }
        pins = Set.copyOf(changed);
        canvas.pin(pins);
        address();
    }

    private void updateActions() {
        actions.update(selectedId != null, otherSelectedId != null && selectedId != null,
                history.canUndo(), history.canRedo());
    }

    /** A change of drawing only (style or filter): the scene stays, the address follows. */
    private void redraw(boolean fromClient) {
        if (fromClient && scene != null) {
            draw(null);
            address();
        }
    }

    /** Keeps the browser's address on the scene shown, so that it can be shared and reopened. */
    private void address() {
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("", currentAddress().toQueryParameters())));
    }

    /** The address of the scene shown; the focus of a neighbourhood is selected without saying so. */
    SceneAddress currentAddress() {
        var start = scene.recipe().start();
        boolean selectedByStart = start.kind() == SceneRecipe.StartKind.FOCUS && start.ids().getFirst().equals(selectedId);
        CanvasLayout chosen = layout.getValue();
        return new SceneAddress(scene.recipe(), new SceneAddress.Drawing(
                chosen == null || chosen == CanvasLayout.FORCE ? null : chosen.name().toLowerCase(Locale.ROOT),
                style.size.getValue(), style.colour.getValue(), filter.kinds.getValue(),
                filter.relationshipTypes.getValue(), asOf.day(), pins, selectedByStart ? null : selectedId));
    }

    ExploredScene scene() {
        return scene;
    }

    /** The part of the scene drawn now: the scene through the filters of kind, relationship type and date. */
    Subgraph drawn() {
        return scene == null ? Subgraph.EMPTY : asOf.apply(filter.apply(scene.graph()));
    }

    private void draw(String origin) {
        if (scene == null) {
            return;
        }
        boolean english = UiLanguage.isEnglish(getLocale());
        filter.offer(scene.graph());
        asOf.offer(scene.graph());
        Subgraph drawn = drawn();
        Set<String> drawnIds = drawn.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        canvas.show(drawn, node -> english ? node.nameEn() : node.name(), origin, style.looks(drawn));
        canvas.pin(pins.stream().filter(drawnIds::contains).toList());
        canvas.moreHandles(scene.more().entrySet().stream().filter(more -> drawnIds.contains(more.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        canvas.highlight(scene.highlightedNodes(), scene.highlightedLinks());
        canvas.select(selectedId);
        summary.setText(getTranslation(scene.graph().truncated() ? "explore.summary.truncated" : "explore.summary",
                drawn.nodes().size(), drawn.links().size()));
    }
}
