package org.troika.tour.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.troika.tour.LocalizedText;
import org.troika.tour.Tour;

/** One tour in the list: its title (a link into the player when it can be played), audience, length and steps. */
final class TourCard extends Div {

    final H3 title = new H3();
    final Anchor play = new Anchor();
    final Paragraph audience = new Paragraph();
    final Span facts = new Span();
    final Span broken = new Span();
    final UnorderedList problems = new UnorderedList();

    private final Tour tour;

    TourCard(Tour tour, Locale locale) {
        this.tour = tour;
        setId("tour-" + tour.id());
        addClassName("tour-card");
        String name = text(tour.title(), locale);
        title.setText(name == null ? tour.id() : name);
        audience.setText(getTranslation(locale, "tours.audience", nullToEmpty(text(tour.audience(), locale))));
        audience.addClassName("tour-card-audience");
        facts.setText(getTranslation(locale, "tours.length", tour.durationMinutes(), tour.steps().size()));
        facts.addClassName("tour-card-length");
        add(title, audience, facts);
        if (tour.playable()) {
            play.setHref(PlayerAddress.path(tour.id(), 1));
            play.setText(getTranslation(locale, "tours.play"));
            play.addClassName("tour-card-play");
            add(play);
        } else {
            addClassName("tour-card--broken");
            broken.setText(getTranslation(locale, "tours.broken"));
            broken.addClassName("tour-card-broken");
            tour.problems().forEach(problem -> problems.add(new ListItem(problem.toString())));
            add(broken, problems);
        }
    }

    Tour tour() {
        return tour;
    }

    private static String text(LocalizedText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
