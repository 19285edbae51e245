package org.troika.tour;

import java.util.List;

/**
 * A guided tour as read from one file of the tours directory. A tour with problems is still listed,
 * with what could be read of it, so that its author sees why it cannot be played.
 *
 * @param id              the tour's id; the file name without extension when the file gives none
 * @param file            the file name in the tours directory ({@code red-committees.yaml})
 * @param title           the title
 * @param audience        whom the tour is written for
 * @param durationMinutes how long it takes with a class
 * @param steps           the steps in order
 * @param problems        what is wrong with the file; empty for a tour that can be played
 */
public record Tour(String id, String file, LocalizedText title, LocalizedText audience, int durationMinutes,
        List<TourStep> steps, List<TourProblem> problems) {

    public Tour {
        steps = List.copyOf(steps);
        problems = List.copyOf(problems);
    }

    /** Whether the tour validated: no problems. */
    public boolean playable() {
        return problems.isEmpty();
    }
}
