package org.troika.change;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.troika.fact.FactBook;

/**
 * What a record may rest on: facts of the source article by id ({@code F05}), {@code illustrative}, or a note on
 * another source, {@code source: <what>}, for what users learn elsewhere (a register, a visit, a later report).
 */
@Component
class ProvenanceCheck {

    static final String ILLUSTRATIVE = "illustrative";
    static final String SOURCE_PREFIX = "source:";
    private static final Pattern FACT_ID = Pattern.compile("F\\d+");

    private final FactBook facts;

    ProvenanceCheck(FactBook facts) {
        this.facts = facts;
    }

    /** The provenance as given, without repeats; reports what is missing or unknown. */
    List<String> check(String field, Object value, Problems problems) {
        if (!(value instanceof List<?> entries) || entries.isEmpty()) {
            problems.invalid(field, "Provenance is required: fact ids of the source article (F05), "
                    + "illustrative, or a note such as 'source: 2024 register of the housing bureau'");
            return null;
        }
        List<String> unknown = new ArrayList<>();
        for (Object entry : entries) {
            String text = (String) entry;
            if (!known(text)) {
                unknown.add(text);
            }
        }
        if (!unknown.isEmpty()) {
            problems.invalid(field, "Provenance " + quoted(unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " neither a fact of the source article (F01 to F" + lastFactNumber() + "), nor illustrative, "
                    + "nor a note starting with 'source:'");
        }
        return List.copyOf(new LinkedHashSet<>(entries.stream().map(String.class::cast).toList()));
    }

    private boolean known(String entry) {
        if (ILLUSTRATIVE.equals(entry)) {
            return true;
        }
        if (entry.startsWith(SOURCE_PREFIX)) {
            return !entry.substring(SOURCE_PREFIX.length()).isBlank();
        }
        return FACT_ID.matcher(entry).matches() && facts.fact(entry).isPresent();
    }

    private String lastFactNumber() {
        return facts.facts().getLast().id().substring(1);
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(value -> "'" + value + "'").toList());
    }
}
