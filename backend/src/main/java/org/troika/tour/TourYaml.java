package org.troika.tour;

import java.util.List;
import java.util.Map;

/** The shape of a tour file as written, before validation; every field may be missing. */
final class TourYaml {

    private TourYaml() {
    }

    record TourDoc(String id, LocalizedText title, LocalizedText audience, Integer durationMinutes, List<StepDoc> steps) {
    }

    record StepDoc(LocalizedText title, LocalizedText narrative, SceneDoc scene, List<String> facts, List<String> terms,
            List<QuestionDoc> questions) {
    }

    record SceneDoc(List<String> nodes, String query, Map<String, Object> params, List<String> highlight, String layout,
            String focus) {
    }

    record QuestionDoc(String type, LocalizedText prompt, List<OptionDoc> options, LocalizedText answer,
            LocalizedText notes) {
    }

    record OptionDoc(String zh, String en, Boolean correct) {
    }
}
