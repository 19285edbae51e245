package org.troika.tour.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.troika.tour.Tours;

/** Every guided tour with its audience, length and steps; a playable one opens in the player, a broken one shows its problems. */
@AnonymousAllowed
@Route("tours")
@PageTitle("Troika · Tours")
@StyleSheet("styles/tours.css")
public class ToursView extends VerticalLayout implements LocaleChangeObserver {

    final H2 heading = new H2();
    final Paragraph none = new Paragraph();
    final Div list = new Div();

    private final Tours tours;

    public ToursView(Tours tours) {
        this.tours = tours;
        addClassName("tours");
        list.setId("tours-list");
        list.addClassName("tours-list");
        none.setId("tours-none");
        add(heading, none, list);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("tours.title"));
        none.setText(getTranslation("tours.none"));
        var all = tours.list();
        none.setVisible(all.isEmpty());
        list.removeAll();
        all.forEach(tour -> list.add(new TourCard(tour, event.getLocale())));
    }

    /** The cards shown, one per tour, in the order of the tour files. */
    List<TourCard> cards() {
        return list.getChildren().map(TourCard.class::cast).toList();
    }
}
