package org.troika.glossary.ui;

import java.util.List;
import java.util.Locale;

/**
 * Where else a glossary term is used, as links for the glossary view: the tour player supplies the steps
 * that name a term, so the glossary links to them without depending on the tours.
 */
public interface TermCitations {

    /** The places citing a term, in a stable order; empty when none does. */
    List<Citation> citing(String termId, Locale locale);

    /**
     * One place citing a term.
     *
     * @param label what the link says, in the locale's language
     * @param href  the address of the place, relative to the application ({@code tours/three-carriages-yingpu/2})
     */
    record Citation(String label, String href) {
    }
}
