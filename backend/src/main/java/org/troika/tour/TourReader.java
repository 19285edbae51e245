package org.troika.tour;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.troika.fact.FactBook;
import org.troika.glossary.Glossary;
import org.troika.tour.TourYaml.OptionDoc;
import org.troika.tour.TourYaml.QuestionDoc;
import org.troika.tour.TourYaml.SceneDoc;
import org.troika.tour.TourYaml.StepDoc;
import org.troika.tour.TourYaml.TourDoc;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads tour files and validates them against the graph, the fact book and the glossary. A file's
 * problems never stop the others: each comes back as a {@link Tour} carrying its {@link TourProblem}s.
 */
@Component
class TourReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final FactBook facts;
    private final Glossary glossary;
    private final SceneGraph graph;

    TourReader(FactBook facts, Glossary glossary, SceneGraph graph) {
        this.facts = facts;
        this.glossary = glossary;
        this.graph = graph;
    }

    /** Every file as a tour; of two files with one id, the later (by name) is the broken one. */
    List<Tour> readAll(List<TourDirectory.TourFile> files) {
        List<Tour> tours = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        for (TourDirectory.TourFile file : files) {
            Tour tour = read(file.name(), file.resource());
            String earlier = fileOfId.putIfAbsent(tour.id(), file.name());
            if (earlier != null) {
                List<TourProblem> problems = new ArrayList<>(tour.problems());
                problems.addFirst(new TourProblem(file.name(), null, "the id '" + tour.id() + "' is already used by " + earlier));
                tour = new Tour(tour.id(), tour.file(), tour.title(), tour.audience(), tour.durationMinutes(), tour.steps(), problems);
            }
            tours.add(tour);
        }
        return List.copyOf(tours);
    }

    Tour read(String fileName, Resource resource) {
        String fallbackId = fileName.replaceFirst("\\.ya?ml$", "");
        TourDoc doc;
        try (InputStream in = resource.getInputStream()) {
            doc = yaml.readValue(in, TourDoc.class);
        } catch (IOException e) {
            return unreadable(fileName, fallbackId, null, "cannot be read: " + e.getMessage());
        } catch (JacksonException e) {
            return unreadable(fileName, fallbackId, stepOf(e), "is not a valid tour: " + describe(e));
        }
        if (doc == null) {
            return unreadable(fileName, fallbackId, null, "is empty");
        }
        return new Validation(fileName).tour(doc, fallbackId);
    }

    private static Tour unreadable(String fileName, String id, Integer step, String message) {
        LocalizedText name = new LocalizedText(fileName, fileName);
        return new Tour(id, fileName, name, new LocalizedText(null, null), 0, List.of(),
                List.of(new TourProblem(fileName, step, "the file " + message)));
    }

    /** A parse error for a tour's author: the field by its path in the file, the line, and what is wrong. */
    private static String describe(JacksonException e) {
        String field = e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName() : "#" + (reference.getIndex() + 1))
                .collect(java.util.stream.Collectors.joining(" > "));
        String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : "line " + e.getLocation().getLineNr();
        String where = String.join(", ", java.util.stream.Stream.of(line, field).filter(part -> !part.isEmpty()).toList());
        String what = e instanceof UnrecognizedPropertyException unknown
                ? "unknown field '" + unknown.getPropertyName() + "'"
                : e.getOriginalMessage().replaceAll("`[\\w.$]+`", "this").replaceAll("\\s*\\(token `[^`]*`\\)", "");
        return where.isEmpty() ? what : what + " (" + where + ")";
    }

    /** The step (from 1) a parse error lies in, read from Jackson's path such as {@code steps[2].scene}. */
    private static Integer stepOf(JacksonException e) {
        var path = e.getPath();
        for (int i = 0; i + 1 < path.size(); i++) {
            if ("steps".equals(path.get(i).getPropertyName()) && path.get(i + 1).getIndex() >= 0) {
                return path.get(i + 1).getIndex() + 1;
            }
        }
        return null;
    }

    /** The checks of one file, collecting its problems. */
    private final class Validation {

        private final String file;
        private final List<TourProblem> problems = new ArrayList<>();
        private Integer step;

        Validation(String file) {
            this.file = file;
        }

        Tour tour(TourDoc doc, String fallbackId) {
            String id = doc.id();
            if (id == null || id.isBlank()) {
                problem("has no id");
                id = fallbackId;
            } else if (!ID.matcher(id).matches()) {
                problem("the id '" + id + "' is not lower-case words joined by hyphens");
            }
            LocalizedText title = text("title", doc.title(), true);
            LocalizedText audience = text("audience", doc.audience(), true);
            int duration = doc.durationMinutes() == null ? 0 : doc.durationMinutes();
            if (duration <= 0) {
                problem("durationMinutes must be a positive number of minutes");
            }
            List<StepDoc> stepDocs = doc.steps() == null ? List.of() : doc.steps();
            if (stepDocs.isEmpty()) {
                problem("has no steps");
            }
            List<TourStep> steps = new ArrayList<>();
            for (int i = 0; i < stepDocs.size(); i++) {
                step = i + 1;
                steps.add(step(step, stepDocs.get(i)));
            }
            step = null;
            return new Tour(id, file, title, audience, duration, steps, problems);
        }

        private TourStep step(int number, StepDoc doc) {
            if (doc == null) {
                problem("is empty");
                return new TourStep(number, new LocalizedText(null, null), new LocalizedText(null, null),
                        new TourScene(List.of(), null, Map.of(), List.of(), TourScene.Layout.FORCE, null),
                        List.of(), List.of(), List.of());
            }
            LocalizedText title = text("title", doc.title(), true);
            LocalizedText narrative = text("narrative", doc.narrative(), true);
            TourScene scene = scene(doc.scene());
            List<String> factIds = orEmpty(doc.facts());
            if (factIds.isEmpty()) {
                problem("cites no facts: list the fact ids it rests on under 'facts'");
            }
            factIds.stream().filter(factId -> facts.fact(factId).isEmpty())
                    .forEach(factId -> problem("unknown fact id '" + factId + "'"));
            List<String> termIds = orEmpty(doc.terms());
            termIds.stream().filter(termId -> glossary.term(termId).isEmpty())
                    .forEach(termId -> problem("unknown glossary term '" + termId + "'"));
            List<QuestionDoc> questionDocs = orEmpty(doc.questions());
            List<TourQuestion> questions = new ArrayList<>();
            for (int i = 0; i < questionDocs.size(); i++) {
                questions.add(question(i + 1, questionDocs.get(i)));
            }
            return new TourStep(number, title, narrative, scene, factIds, termIds, questions);
        }

        private TourScene scene(SceneDoc doc) {
            if (doc == null) {
                problem("has no scene");
                return new TourScene(List.of(), null, Map.of(), List.of(), TourScene.Layout.FORCE, null);
            }
            List<String> nodes = orEmpty(doc.nodes());
            List<String> highlight = orEmpty(doc.highlight());
            Map<String, Object> params = doc.params() == null ? Map.of() : doc.params();
            TourScene.Layout layout = layout(doc.layout());
            Set<String> shown = new LinkedHashSet<>();
            int problemsBefore = problems.size();
            if (doc.query() != null && !nodes.isEmpty()) {
                problem("the scene names both nodes and a query: give one of them");
            } else if (doc.query() != null) {
                shown.addAll(queried(doc.query(), params));
            } else if (nodes.isEmpty()) {
                problem("the scene shows nothing: give its 'nodes' or a 'query'");
            } else {
                Set<String> existing = graph.existing(nodes);
                nodes.stream().filter(id -> !existing.contains(id)).distinct()
                        .forEach(id -> problem("unknown node id '" + id + "' in the scene's nodes"));
                shown.addAll(existing);
            }
            // only a scene that resolved can tell whether its highlight and focus are among its nodes
            boolean resolved = problems.size() == problemsBefore;
            if (doc.query() == null && !params.isEmpty()) {
                problem("the scene has params but no query");
            }
            Set<String> named = new LinkedHashSet<>(highlight);
            if (doc.focus() != null) {
                named.add(doc.focus());
            }
            Set<String> existing = graph.existing(named);
            for (String id : highlight) {
                if (!existing.contains(id)) {
                    problem("unknown node id '" + id + "' in the scene's highlight");
                } else if (resolved && !shown.contains(id)) {
                    problem("the highlighted node '" + id + "' is not among the scene's nodes");
                }
            }
            if (doc.focus() == null || doc.focus().isBlank()) {
                problem("the scene has no focus: name the node the view centres on");
            } else if (!existing.contains(doc.focus())) {
                problem("unknown node id '" + doc.focus() + "' as the scene's focus");
            } else if (resolved && !shown.contains(doc.focus())) {
                problem("the focus '" + doc.focus() + "' is not among the scene's nodes");
            }
            return new TourScene(nodes, doc.query(), params, highlight, layout, doc.focus());
        }

        private List<String> queried(String query, Map<String, Object> params) {
            if (!graph.hasScene(query)) {
                problem("unknown scene query '" + query + "': there is no cypher/queries/" + SceneGraph.SCENES + query + ".cypher");
                return List.of();
            }
            try {
                List<String> ids = graph.sceneIds(query, params);
                if (ids.isEmpty()) {
                    problem("the scene query '" + query + "' returns no node ids with params " + params);
                }
                return ids;
            } catch (RuntimeException e) {
                problem("the scene query '" + query + "' fails with params " + params + ": " + e.getMessage());
                return List.of();
            }
        }

        private TourScene.Layout layout(String name) {
            if (name == null) {
                return TourScene.Layout.FORCE;
            }
            try {
                return TourScene.Layout.valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("unknown layout '" + name + "': use force, radial or hierarchical");
                return TourScene.Layout.FORCE;
            }
        }

        private TourQuestion question(int number, QuestionDoc doc) {
            String name = "question " + number;
            if (doc == null) {
                problem(name + " is empty");
                return new TourQuestion(TourQuestion.Kind.OPEN, new LocalizedText(null, null), List.of(), null,
                        new LocalizedText(null, null), null);
            }
            TourQuestion.Kind kind = TourQuestion.Kind.OPEN;
            if ("choice".equals(doc.type())) {
                kind = TourQuestion.Kind.CHOICE;
            } else if (!"open".equals(doc.type())) {
                problem(name + " has the type '" + doc.type() + "': use choice or open");
            }
            LocalizedText prompt = text(name + " prompt", doc.prompt(), true);
            LocalizedText answer = text(name + " answer", doc.answer(), true);
            LocalizedText notes = text(name + " notes", doc.notes(), false);
            List<OptionDoc> optionDocs = orEmpty(doc.options());
            List<LocalizedText> options = new ArrayList<>();
            Integer correct = null;
            for (int i = 0; i < optionDocs.size(); i++) {
                OptionDoc option = optionDocs.get(i);
                options.add(text(name + " option " + (i + 1), option == null ? null : new LocalizedText(option.zh(), option.en()), true));
                if (option != null && Boolean.TRUE.equals(option.correct())) {
                    if (correct != null) {
                        problem(name + " marks more than one option correct");
                    }
                    correct = i;
                }
            }
            if (kind == TourQuestion.Kind.CHOICE) {
                if (options.size() < 2) {
                    problem(name + " is multiple choice but has fewer than two options");
                }
                if (correct == null) {
                    problem(name + " marks no option correct: add 'correct: true' to the right one");
                }
            } else if (!options.isEmpty()) {
                problem(name + " is open but has options: make it 'type: choice'");
            }
            return new TourQuestion(kind, prompt, options, correct, answer, notes);
        }

        /** A bilingual text, with a problem for each language it lacks. */
        private LocalizedText text(String field, LocalizedText text, boolean required) {
            if (text == null) {
                if (required) {
                    problem("has no " + field + " (zh and en)");
                }
                return required ? new LocalizedText(null, null) : null;
            }
            if (!text.hasZh()) {
                problem("the " + field + " has no Chinese (zh)");
            }
            if (!text.hasEn()) {
                problem("the " + field + " has no English (en)");
            }
            return text;
        }

        private void problem(String message) {
            problems.add(new TourProblem(file, step, message));
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
        }
    }
}
