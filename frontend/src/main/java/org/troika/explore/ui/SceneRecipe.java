package org.troika.explore.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a scene was made, short enough for an address: where it started (a scope, a stakeholder's
 * neighbourhood, or the paths between two kinds inside a scope) and the steps taken since (expand, which
 * also shows more of a capped expansion, collapse, remove leaves, remove one, add the shortest paths
 * between two). Replaying a recipe
 * on the same data gives the same scene, so an address restores it and a saved scene keeps it.
 */
record SceneRecipe(Start start, List<Step> steps) {

    /** A recipe is at most this many steps: an address must stay shareable. */
    static final int MAX_STEPS = 100;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,120}");

    SceneRecipe {
        steps = List.copyOf(steps);
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a scene has at most " + MAX_STEPS + " steps");
        }
    }

    enum StartKind { SCOPE, FOCUS, KIND_PATHS }

    /** The first scene: {@code ids} holds the scope, the stakeholder, or the two kinds and the scope. */
    record Start(StartKind kind, List<String> ids) {

        Start {
            ids = List.copyOf(ids);
            int wanted = kind == StartKind.KIND_PATHS ? 3 : 1;
            if (ids.size() != wanted) {
                throw new IllegalArgumentException(kind.name().toLowerCase() + " needs " + wanted + " id(s), got " + ids);
            }
            ids.forEach(SceneRecipe::requireId);
        }

        static Start scope(String id) {
            return new Start(StartKind.SCOPE, List.of(id));
        }

        static Start focus(String id) {
            return new Start(StartKind.FOCUS, List.of(id));
        }

        static Start kindPaths(String fromKind, String toKind, String scopeId) {
            return new Start(StartKind.KIND_PATHS, List.of(fromKind, toKind, scopeId));
        }
    }

    /** What a step does, and its letter in an address. */
    enum Operation {
        EXPAND('e', 1), COLLAPSE('c', 1), REMOVE_LEAVES('l', 0), REMOVE_LEAVES_KEEPING('k', 1), REMOVE('r', 1),
        PATH('p', 2);

        final char letter;
        final int ids;

        Operation(char letter, int ids) {
            this.letter = letter;
            this.ids = ids;
        }

        static Optional<Operation> of(char letter) {
            for (Operation operation : values()) {
                if (operation.letter == letter) {
                    return Optional.of(operation);
                }
            }
            return Optional.empty();
        }
    }

    record Step(Operation operation, List<String> ids) {

        Step {
            ids = List.copyOf(ids);
            if (ids.size() != operation.ids) {
                throw new IllegalArgumentException(operation.name().toLowerCase() + " needs " + operation.ids
                        + " id(s), got " + ids);
            }
            ids.forEach(SceneRecipe::requireId);
        }

        static Step of(Operation operation, String... ids) {
            return new Step(operation, List.of(ids));
        }
    }

    static SceneRecipe of(Start start) {
        return new SceneRecipe(start, List.of());
    }

    /** This recipe and one more step. */
    SceneRecipe then(Step step) {
        var more = new ArrayList<>(steps);
        more.add(step);
        return new SceneRecipe(start, more);
    }

    /** The steps as one address parameter: {@code e.a~c.a~p.a.b~l}. */
    String stepsParameter() {
        var parts = new ArrayList<String>();
        for (Step step : steps) {
            var part = new StringBuilder().append(step.operation().letter);
            step.ids().forEach(id -> part.append('.').append(id));
            parts.add(part.toString());
        }
        return String.join("~", parts);
    }

    /** Reads the steps parameter; a malformed step is an error naming it. */
    static List<Step> parseSteps(String parameter) {
        var steps = new ArrayList<Step>();
        if (parameter == null || parameter.isBlank()) {
            return steps;
        }
        for (String part : parameter.split("~")) {
            String[] pieces = part.split("\\.", -1);
            var operation = pieces[0].length() == 1 ? Operation.of(pieces[0].charAt(0)) : Optional.<Operation>empty();
            if (operation.isEmpty()) {
                throw new IllegalArgumentException("unknown scene step '" + part + "'");
            }
            steps.add(new Step(operation.get(), List.of(pieces).subList(1, pieces.length)));
        }
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a scene has at most " + MAX_STEPS + " steps");
        }
        return steps;
    }

    static String requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an id: '" + id + "'");
        }
        return id;
    }
}
