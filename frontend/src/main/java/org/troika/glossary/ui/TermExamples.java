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

    /** The examples of a term's kinds; {@code estatesLabel} names the link to the estates view. */
    List<Citation> of(GlossaryTerm term, Locale locale, String estatesLabel) {
        boolean english = UiLanguage.isEnglish(locale);
        var examples = new ArrayList<Citation>();
        for (String kind : term.kinds()) {
            if (ESTATE.equals(kind)) {
                examples.add(new Citation(estatesLabel, ESTATES_VIEW));
                continue;
            }
            int left = LIMIT - (int) examples.stream().filter(example -> !example.href().equals(ESTATES_VIEW)).count();
            if (left <= 0) {
                break;
            }
            for (Map<String, Object> stakeholder : stakeholders.page(kind, Map.of(), List.of(), 0, left)) {
                Object name = english ? stakeholder.get("nameEn") : stakeholder.get("name");
                String id = (String) stakeholder.get("id");
                examples.add(new Citation(name == null ? id : name.toString(), "./?focus=" + id));
            }
        }
        return List.copyOf(examples);
    }
}
