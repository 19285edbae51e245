package org.troika.explore.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.troika.explore.ui.SceneRecipe.Start;

/**
 * The address of a scene: its recipe and how it is drawn, as query parameters, so that a link restores
 * the scene and a saved scene is just its address. {@code ?scope=yingpu&steps=e.a~p.a.b&layout=radial&asOf=2021-06-01}.
 * Parameters: {@code scope}, {@code focus} or {@code kindPaths} (from~to~scope) start the scene;
 * {@code steps} replays; {@code layout}, {@code size}, {@code colour}, {@code kinds}, {@code types},
 * {@code asOf}, {@code pins} and {@code selected} draw it.
 */
record SceneAddress(SceneRecipe recipe, Drawing drawing) {

    static final String SCOPE = "scope";
    static final String FOCUS = "focus";
    static final String KIND_PATHS = "kindPaths";
    static final String STEPS = "steps";

    /** How a scene is drawn; nulls and empty sets mean the defaults. */
    record Drawing(String layout, SceneStyle.Size size, SceneStyle.Colour colour, Set<String> kinds, Set<String> types,
                   LocalDate asOf, Set<String> pins, String selected) {

        static final Drawing DEFAULT = new Drawing(null, null, null, Set.of(), Set.of(), null, Set.of(), null);

        Drawing {
            kinds = Set.copyOf(kinds);
            types = Set.copyOf(types);
            pins = Set.copyOf(pins);
        }
    }

    /** Reads an address; empty when it names no start. A malformed parameter is an error naming it. */
    static Optional<SceneAddress> parse(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        Start start;
        if (values.containsKey(FOCUS)) {
            start = Start.focus(single(values, FOCUS));
        } else if (values.containsKey(KIND_PATHS)) {
            String[] parts = single(values, KIND_PATHS).split("~", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("kindPaths needs from~to~scope, got '" + single(values, KIND_PATHS) + "'");
            }
            start = Start.kindPaths(parts[0], parts[1], parts[2]);
        } else if (values.containsKey(SCOPE)) {
            start = Start.scope(single(values, SCOPE));
        } else {
            return Optional.empty();
        }
        var recipe = new SceneRecipe(start, SceneRecipe.parseSteps(values.containsKey(STEPS) ? single(values, STEPS) : null));
        var drawing = new Drawing(
                optional(values, "layout"),
                enumValue(SceneStyle.Size.class, optional(values, "size")),
                enumValue(SceneStyle.Colour.class, optional(values, "colour")),
                list(values, "kinds"),
                list(values, "types"),
                date(optional(values, "asOf")),
                list(values, "pins"),
                optional(values, "selected"));
        drawing.pins().forEach(SceneRecipe::requireId);
        if (drawing.selected() != null) {
            SceneRecipe.requireId(drawing.selected());
        }
        return Optional.of(new SceneAddress(recipe, drawing));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        Start start = recipe.start();
        switch (start.kind()) {
            case SCOPE -> values.put(SCOPE, start.ids().getFirst());
            case FOCUS -> values.put(FOCUS, start.ids().getFirst());
            case KIND_PATHS -> values.put(KIND_PATHS, String.join("~", start.ids()));
        }
        if (!recipe.steps().isEmpty()) {
            values.put(STEPS, recipe.stepsParameter());
        }
        putIfSet(values, "layout", drawing.layout());
        putIfSet(values, "size", drawing.size() == null || drawing.size() == SceneStyle.Size.NONE ? null
                : drawing.size().name().toLowerCase(Locale.ROOT));
        putIfSet(values, "colour", drawing.colour() == null || drawing.colour() == SceneStyle.Colour.KIND ? null
                : drawing.colour().name().toLowerCase(Locale.ROOT));
        putIfSet(values, "kinds", String.join(",", new TreeSet<>(drawing.kinds())));
        putIfSet(values, "types", String.join(",", new TreeSet<>(drawing.types())));
        putIfSet(values, "asOf", drawing.asOf() == null ? null : drawing.asOf().toString());
        putIfSet(values, "pins", String.join(",", new TreeSet<>(drawing.pins())));
        putIfSet(values, "selected", drawing.selected());
        return QueryParameters.simple(values);
    }

    /** The address as the query string of a link, without the leading question mark. */
    String queryString() {
        return toQueryParameters().getQueryString();
    }

    private static void putIfSet(Map<String, String> values, String name, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(name, value);
        }
    }

    private static String single(Map<String, List<String>> values, String name) {
        List<String> given = values.get(name);
        if (given == null || given.size() != 1) {
            throw new IllegalArgumentException("'" + name + "' must be given once");
        }
        return given.getFirst();
    }

    private static String optional(Map<String, List<String>> values, String name) {
        return values.containsKey(name) ? single(values, name) : null;
    }

    private static Set<String> list(Map<String, List<String>> values, String name) {
        String value = optional(values, name);
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + value + "'");
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            throw new IllegalArgumentException("asOf must be a date like 2021-06-01, got '" + value + "'");
        }
    }
}
