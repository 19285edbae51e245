package org.troika.tour;

import java.util.List;

/**
 * The result of reading the tours directory again.
 *
 * @param tours    every tour file read
 * @param playable the tours without problems
 * @param broken   the tours with problems, each with its problems
 */
public record TourReload(int tours, int playable, List<Tour> broken) {

    public TourReload {
        broken = List.copyOf(broken);
    }
}
