package org.troika.tour.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the player is, as an address to share: {@code tours/<tour id>/<step>?present=true&mode=trainer}.
 * The step may also come as {@code ?step=3}; the learner mode and a normal screen are the defaults and stay out of it.
 *
 * @param tourId     the tour
 * @param step       the step's number, from 1
 * @param presenting whether the player fills the screen for a projector
 * @param mode       trainer or learner
 */
record PlayerAddress(String tourId, int step, boolean presenting, PlayerMode mode) {

    static final String PRESENT = "present";
    static final String MODE = "mode";
    static final String STEP = "step";

    PlayerAddress {
        if (step < 1) {
            throw new IllegalArgumentException("the step must be 1 or more, got " + step);
        }
    }

    /**
     * Reads an address: the tour id and the optional step of its path, then its query parameters.
     * A step or mode that cannot be read is an error naming it.
     */
    static PlayerAddress parse(String tourId, String pathStep, QueryParameters query) {
        Map<String, List<String>> values = query.getParameters();
        String stepText = pathStep != null ? pathStep : first(values, STEP);
        int step = 1;
        if (stepText != null) {
            try {
                step = Integer.parseInt(stepText.strip());
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("the step must be a number, got '" + stepText + "'");
            }
        }
        String present = first(values, PRESENT);
        if (present != null && !present.equalsIgnoreCase("true") && !present.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("present must be true or false, got '" + present + "'");
        }
        String mode = first(values, MODE);
        return new PlayerAddress(tourId, step, "true".equalsIgnoreCase(present),
                mode == null ? PlayerMode.LEARNER : PlayerMode.ofParameter(mode));
    }

    PlayerAddress atStep(int number) {
        return new PlayerAddress(tourId, number, presenting, mode);
    }

    PlayerAddress presenting(boolean present) {
        return new PlayerAddress(tourId, step, present, mode);
    }

    PlayerAddress inMode(PlayerMode chosen) {
        return new PlayerAddress(tourId, step, presenting, chosen);
    }

    /** The address relative to the application, as the browser shows it. */
    Location location() {
        Map<String, String> values = new LinkedHashMap<>();
        if (presenting) {
            values.put(PRESENT, "true");
        }
        if (mode != PlayerMode.LEARNER) {
            values.put(MODE, mode.parameter());
        }
        return new Location(path(tourId, step), QueryParameters.simple(values));
    }

    /** The path of a tour's step, for links: {@code tours/red-committees-xianxia/3}. */
    static String path(String tourId, int step) {
        return "tours/" + tourId + "/" + step;
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() ? null : given.getFirst();
    }
}
