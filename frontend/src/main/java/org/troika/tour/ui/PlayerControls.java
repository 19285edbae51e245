package org.troika.tour.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.stream.IntStream;
import org.troika.tour.Tour;

/**
 * The player's controls: previous and next, the progress, a jump to any step, the mode, presentation and a link
 * into the explorer. The player wires them; in presentation mode the secondary ones are hidden.
 */
final class PlayerControls extends Div {

    final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    final Span counter = new Span();
    final ProgressBar progress = new ProgressBar();
    final Select<Integer> jump = new Select<>();
    final RadioButtonGroup<PlayerMode> mode = new RadioButtonGroup<>();
    final Button present = new Button(VaadinIcon.EXPAND_FULL.create());
    final Anchor explore = new Anchor();
    final Anchor allTours = new Anchor("tours", "");

    PlayerControls() {
        addClassName("tour-controls");
        previous.setId("tour-previous");
        next.setId("tour-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setIconAfterText(true);
        counter.setId("tour-counter");
        counter.addClassName("tour-counter");
        progress.setId("tour-progress");
        progress.addClassName("tour-progress");
        jump.setId("tour-step-select");
        mode.setId("tour-mode");
        mode.setItems(PlayerMode.values());
        present.setId("tour-present");
        explore.setId("tour-explore");
        allTours.setId("tour-all-tours");
        var steps = new Div(previous, counter, next);
        steps.addClassName("tour-controls-steps");
        var secondary = new Div(jump, mode, present, explore, allTours);
        secondary.addClassName("tour-controls-secondary");
        add(steps, progress, secondary);
    }

    /** Labels and the jump list for a tour, in the locale's language. */
    void label(Tour tour, Locale locale) {
        previous.setText(getTranslation(locale, "tours.previous"));
        next.setText(getTranslation(locale, "tours.next"));
        jump.setLabel(getTranslation(locale, "tours.jump"));
        jump.setItems(IntStream.rangeClosed(1, tour.steps().size()).boxed().toList());
        jump.setItemLabelGenerator(number -> number + ". " + tour.steps().get(number - 1).title().in(locale));
        mode.setItemLabelGenerator(chosen -> getTranslation(locale, "tours.mode." + chosen.parameter()));
        explore.setText(getTranslation(locale, "tours.explore"));
        allTours.setText(getTranslation(locale, "tours.all"));
    }

    /** Shows where the player is: the step of how many, the buttons that lead somewhere, presentation on or off. */
    void at(int step, int steps, PlayerMode chosen, boolean presenting, Locale locale) {
        counter.setText(getTranslation(locale, "tours.counter", step, steps));
        progress.setValue((double) step / steps);
        previous.setEnabled(step > 1);
        next.setEnabled(step < steps);
        jump.setValue(step);
        mode.setValue(chosen);
        present.setText(getTranslation(locale, presenting ? "tours.present.leave" : "tours.present"));
    }
}
