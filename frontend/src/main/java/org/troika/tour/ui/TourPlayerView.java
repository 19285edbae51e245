package org.troika.tour.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.troika.base.ui.UiLanguage;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphNode;
import org.troika.graph.Subgraph;
import org.troika.graph.ui.CanvasLayout;
import org.troika.graph.ui.GraphCanvas;
import org.troika.tour.Tour;
import org.troika.tour.TourStep;
import org.troika.tour.Tours;

/**
 * Plays a tour step by step: the step's text beside its scene on the live graph, which keeps the places of the
 * stakeholders two steps share so that the picture moves rather than jumps. The address always names the step
 * ({@link PlayerAddress}); arrows and space step through it, Esc leaves presentation mode.
 */
@AnonymousAllowed
@Route("tours/:tourId/:step?")
@PageTitle("Troika · Tour")
@StyleSheet("styles/tours.css")
public class TourPlayerView extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    static final String PRESENTING = "tour-player--presenting";

    final H1 tourTitle = new H1();
    final PlayerControls controls = new PlayerControls();
    final Paragraph problem = new Paragraph();
    final UnorderedList tourProblems = new UnorderedList();
    final StepText text = new StepText();
    final GraphCanvas canvas = new GraphCanvas();
    final Div body;

    private final Tours tours;
    private final StepScenes scenes;
    private Tour tour;
    private PlayerAddress address;
    private Subgraph graph = Subgraph.EMPTY;

    public TourPlayerView(Tours tours, StepScenes scenes) {
        this.tours = tours;
        this.scenes = scenes;
        setId("tour-player");
        addClassName("tour-player");
        tourTitle.addClassName("tour-title");
        problem.setId("tour-problem");
        problem.addClassName("tour-problem");
        tourProblems.setId("tour-problems");
        canvas.setId("tour-graph");
        var stage = new Div(canvas);
        stage.addClassName("tour-stage");
        body = new Div(text, stage);
        body.addClassName("tour-body");
        add(tourTitle, controls, problem, tourProblems, body);

        controls.previous.addClickListener(click -> previous());
        controls.next.addClickListener(click -> next());
        controls.jump.addValueChangeListener(change -> {
            if (change.getValue() != null && address != null && change.getValue() != address.step()) {
                go(change.getValue());
            }
        });
        controls.mode.addValueChangeListener(change -> {
            if (change.getValue() != null && address != null && change.getValue() != address.mode()) {
                address = address.inMode(change.getValue());
                showText();
                remember();
            }
        });
        controls.present.addClickListener(click -> present(!address.presenting(), true));
        Shortcuts.addShortcutListener(this, this::next, Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, this::next, Key.SPACE);
        Shortcuts.addShortcutListener(this, this::previous, Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> present(false, true), Key.ESCAPE);
        getElement().addEventListener("tour-fullscreen-left", left -> present(false, false));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        String tourId = parameters.get("tourId").orElse("");
        tour = tours.find(tourId).orElse(null);
        problem.setVisible(false);
        tourProblems.removeAll();
        if (tour == null) {
            stop(getTranslation("tours.unknown", tourId));
            return;
        }
        if (!tour.playable()) {
            tour.problems().forEach(found -> tourProblems.add(new ListItem(found.toString())));
            stop(getTranslation("tours.not-playable"));
            return;
        }
        try {
            address = PlayerAddress.parse(tourId, parameters.get("step").orElse(null),
                    event.getLocation().getQueryParameters());
        } catch (IllegalArgumentException unreadable) {
            address = new PlayerAddress(tourId, 1, false, PlayerMode.LEARNER);
            complain(getTranslation("tours.address.unusable", unreadable.getMessage()));
        }
        if (address.step() > tour.steps().size()) {
            complain(getTranslation("tours.no-such-step", tour.steps().size(), address.step()));
            address = address.atStep(tour.steps().size());
        }
        body.setVisible(true);
        controls.setVisible(true);
        present(address.presenting(), false);
        showStep();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (tour != null && tour.playable() && address != null) {
            showStep();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // leaving full screen with the browser's own Esc also leaves presentation mode
        getElement().executeJs("""
                if (!this.$tourFullscreen) {
                  this.$tourFullscreen = () => { if (!document.fullscreenElement) this.dispatchEvent(new CustomEvent('tour-fullscreen-left')); };
                  document.addEventListener('fullscreenchange', this.$tourFullscreen);
                  // a focused button or choice keeps its own keys; the player's shortcuts get the rest
                  this.addEventListener('keydown', e => {
                    const own = e.key === ' ' ? 'vaadin-button, vaadin-radio-group, vaadin-select, a, input'
                        : 'vaadin-radio-group, vaadin-select, input';
                    if (['ArrowLeft', 'ArrowRight', ' '].includes(e.key) && e.target.closest && e.target.closest(own)) {
                      e.stopPropagation();
                    }
                  });
                }""");
    }

    /** The step shown, from 1. */
    int step() {
        return address.step();
    }

    /** The mode the player is in. */
    PlayerMode mode() {
        return address.mode();
    }

    /** Whether the player is in presentation mode. */
    boolean presenting() {
        return address != null && address.presenting();
    }

    /** The scene drawn for the current step. */
    Subgraph drawn() {
        return graph;
    }

    /** The address the browser shows for the current state, relative to the application. */
    String currentAddress() {
        return address.location().getPathWithQueryParameters();
    }

    void next() {
        if (address != null) {
            go(address.step() + 1);
        }
    }

    void previous() {
        if (address != null) {
            go(address.step() - 1);
        }
    }

    /** Shows another step; numbers outside the tour are ignored, as at its first and last step. */
    void go(int number) {
        if (address == null || number < 1 || number > tour.steps().size() || number == address.step()) {
            return;
        }
        address = address.atStep(number);
        problem.setVisible(false);
        showStep();
    }

    /** Turns presentation mode on or off; {@code fullScreen} also asks the browser for the whole screen or gives it back. */
    void present(boolean presenting, boolean fullScreen) {
        if (address == null) {
            return;
        }
        address = address.presenting(presenting);
        setClassName(PRESENTING, presenting);
        if (fullScreen) {
            getElement().executeJs(presenting
                    ? "if (document.fullscreenEnabled && !document.fullscreenElement) document.documentElement.requestFullscreen().catch(() => {});"
                    : "if (document.fullscreenElement) document.exitFullscreen().catch(() => {});");
        }
        if (tour != null && tour.playable()) {
            controls.at(address.step(), tour.steps().size(), address.mode(), presenting, getLocale());
            remember();
        }
    }

    private void showStep() {
        Locale locale = getLocale();
        TourStep step = tour.steps().get(address.step() - 1);
        tourTitle.setText(title(locale));
        graph = scenes.of(step);
        boolean english = UiLanguage.isEnglish(locale);
        canvas.show(graph, node -> english ? node.nameEn() : node.name());
        var scene = step.scene();
        Set<String> shown = new HashSet<>(graph.nodes().stream().map(GraphNode::id).toList());
        canvas.layout(CanvasLayout.valueOf(scene.layout().name()), shown.contains(scene.focusId()) ? scene.focusId() : null);
        // the focus and the highlighted stakeholders are selected; they, their neighbours and the relationships that
        // reach them stay bright, the rest of a large scene fades
        Set<String> marked = new LinkedHashSet<>(scene.highlightIds());
        marked.add(scene.focusId());
        marked.retainAll(shown);
        List<GraphLink> reaching = graph.links().stream()
                .filter(link -> marked.contains(link.source()) || marked.contains(link.target())).toList();
        Set<String> bright = new LinkedHashSet<>(marked);
        reaching.forEach(link -> {
            bright.add(link.source());
            bright.add(link.target());
        });
        canvas.highlight(bright, reaching.stream().map(GraphLink::id).toList());
        canvas.selectNodes(marked);
        String explore = ExploreLink.href(scene, graph);
        controls.explore.setHref(explore == null ? "" : explore);
        controls.explore.setVisible(explore != null);
        showText();
        remember();
    }

    private void showText() {
        Locale locale = getLocale();
        TourStep step = tour.steps().get(address.step() - 1);
        controls.label(tour, locale);
        controls.at(address.step(), tour.steps().size(), address.mode(), address.presenting(), locale);
        text.show(step, tours.facts(step), tours.terms(step), address.mode(), locale);
    }

    /** Puts the current state in the browser's address without a new history entry, so that it can be shared. */
    private void remember() {
        UI.getCurrent().getPage().getHistory().replaceState(null, address.location());
    }

    private void stop(String message) {
        address = null;
        tourTitle.setText(tour == null ? "" : title(getLocale()));
        complain(message);
        body.setVisible(false);
        controls.setVisible(false);
        setClassName(PRESENTING, false);
    }

    private String title(Locale locale) {
        String title = tour.title() == null ? null : tour.title().in(locale);
        return title == null ? tour.id() : title;
    }

    private void complain(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
