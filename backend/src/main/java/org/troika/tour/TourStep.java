package org.troika.tour;

import java.util.List;

/**
 * One step of a tour.
 *
 * @param number    its position in the tour, from 1
 * @param title     the step's title
 * @param narrative what the trainer tells the class, in Troika's own words
 * @param scene     what the graph shows
 * @param factIds   the facts the step rests on ({@code F05}); {@link Tours#facts(TourStep)} gives their statements
 * @param termIds   the glossary terms the step uses; {@link Tours#terms(TourStep)} gives the terms
 * @param questions questions for the class, possibly none
 */
public record TourStep(int number, LocalizedText title, LocalizedText narrative, TourScene scene,
        List<String> factIds, List<String> termIds, List<TourQuestion> questions) {

    public TourStep {
        factIds = List.copyOf(factIds);
        termIds = List.copyOf(termIds);
        questions = List.copyOf(questions);
    }
}
