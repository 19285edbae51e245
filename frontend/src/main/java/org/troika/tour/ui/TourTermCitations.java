package org.troika.tour.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.troika.glossary.ui.TermCitations;
import org.troika.tour.Tour;
import org.troika.tour.TourStep;
import org.troika.tour.Tours;

/** The steps of the playable tours that name a glossary term, as links into the player for the glossary view. */
@SpringComponent
class TourTermCitations implements TermCitations {

    private final Tours tours;

    TourTermCitations(Tours tours) {
        this.tours = tours;
    }

    @Override
    public List<Citation> citing(String termId, Locale locale) {
        var citations = new ArrayList<Citation>();
        for (Tour tour : tours.list()) {
            if (!tour.playable()) {
                continue;
            }
            for (TourStep step : tour.steps()) {
                if (step.termIds().contains(termId)) {
                    citations.add(new Citation(tour.title().in(locale) + " · " + step.number() + ". " + step.title().in(locale),
                            PlayerAddress.path(tour.id(), step.number())));
                }
            }
        }
        return List.copyOf(citations);
    }
}
