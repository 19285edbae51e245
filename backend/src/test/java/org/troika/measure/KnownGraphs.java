package org.troika.measure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small graphs whose measures can be worked out by hand, built the way the loader builds a scope's graph. */
final class KnownGraphs {

    private KnownGraphs() {
    }

    /** A star of 5: centre c tied to leaves l1 … l4. */
    static ScopeGraph star() {
        return graph("c-l1", "c-l2", "c-l3", "c-l4");
    }

    /** A path of 4: a – b – c – d. */
    static ScopeGraph path() {
        return graph("a-b", "b-c", "c-d");
    }

    /** Triangles a1 a2 a3 and b1 b2 b3, joined by the bridge x tied to a3 and b1. */
    static ScopeGraph twoTrianglesAndBridge() {
        return graph("a1-a2", "a2-a3", "a1-a3", "a3-x", "x-b1", "b1-b2", "b2-b3", "b1-b3");
    }

    /** A graph from ties written {@code "a-b"}; every node is of kind {@code Test}. */
    static ScopeGraph graph(String... ties) {
        Map<String, String> kinds = new LinkedHashMap<>();
        List<List<String>> pairs = Arrays.stream(ties).map(tie -> List.of(tie.split("-"))).toList();
        pairs.forEach(pair -> pair.forEach(id -> kinds.put(id, "Test")));
        return ScopeGraph.of("test", false, kinds, pairs);
    }
}
