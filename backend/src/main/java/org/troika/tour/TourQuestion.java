package org.troika.tour;

import java.util.List;

/**
 * A question for the class.
 *
 * @param kind          multiple choice or open
 * @param prompt        the question
 * @param options       the options of a multiple-choice question; empty for an open one
 * @param correctOption the index (from 0) of the right option in {@code options}; null for an open question
 * @param answer        the answer, with its reason
 * @param notes         notes for the trainer, or null
 */
public record TourQuestion(Kind kind, LocalizedText prompt, List<LocalizedText> options, Integer correctOption,
        LocalizedText answer, LocalizedText notes) {

    public TourQuestion {
        options = List.copyOf(options);
    }

    /** The kinds of question. */
    public enum Kind {
        CHOICE, OPEN
    }
}
