package org.troika.tour.ui;

import java.util.Arrays;
import java.util.Locale;

/** Who the player is for: a trainer sees answers and notes; a learner answers and is told whether rightly. */
enum PlayerMode {
    TRAINER, LEARNER;

    /** The mode's name in an address: {@code trainer} or {@code learner}. */
    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode an address names; an unknown name is an error naming it and the known ones. */
    static PlayerMode ofParameter(String value) {
        return Arrays.stream(values()).filter(mode -> mode.parameter().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown mode '" + value + "': use trainer or learner"));
    }
}
