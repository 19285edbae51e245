package org.troika.glossary.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.troika.base.ui.UiLanguage;
import org.troika.glossary.GlossaryTerm;
import org.troika.glossary.ui.TermCitations.Citation;
import org.troika.stakeholder.StakeholderQueries;

/**
 * Stakeholders a term names, as links: each opens the explorer on it; estates, too many to pick from,
 * link to the estates view instead.
 */
final class TermExamples {

    /** At most this many stakeholders per term, over all its kinds. */
    static final int LIMIT = 10;

    private static final String ESTATE = "Estate";
    private static final String ESTATES_VIEW = "estates";

    private final StakeholderQueries stakeholders;

    TermExamples(StakeholderQueries stakeholders) {
        this.stakeholders = stakeholders;
    }

    /**
     * The examples of a term's kinds, shared out among its kinds, stakeholders the sources name before illustrative
     * ones; {@code estatesLabel} names the link to the estates view.
     */
    List<Citation> of(GlossaryTerm term, Locale locale, String estatesLabel) {
        boolean english = UiLanguage.isEnglish(locale);
        var examples = new ArrayList<Citation>();
        List<String> kinds = term.kinds().stream().filter(kind -> !ESTATE.equals(kind)).toList();
        int share = kinds.isEmpty() ? 0 : Math.max(1, LIMIT / kinds.size());
        for (String kind : kinds) {
            var found = new ArrayList<>(stakeholders.page(kind, Map.of("illustrative", false), List.of(), 0, share));
            if (found.size() < share) {
                found.addAll(stakeholders.page(kind, Map.of("illustrative", true), List.of(), 0, share - found.size()));
            }
            for (Map<String, Object> stakeholder : found) {
                Object name = english ? stakeholder.get("nameEn") : stakeholder.get("name");
                String id = (String) stakeholder.get("id");
                examples.add(new Citation(name == null ? id : name.toString(), "./?focus=" + id));
            }
        }
        if (term.kinds().contains(ESTATE)) {
            examples.add(new Citation(estatesLabel, ESTATES_VIEW));
        }
        return List.copyOf(examples.subList(0, Math.min(examples.size(), LIMIT + 1)));
    }
}
