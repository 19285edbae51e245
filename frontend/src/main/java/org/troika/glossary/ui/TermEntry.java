package org.troika.glossary.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.troika.glossary.GlossaryTerm;
import org.troika.glossary.ui.TermCitations.Citation;

/** One term of the glossary view; its element id is the term's id, so that {@code glossary#<id>} reaches it. */
final class TermEntry extends Div {

    final H3 zh = new H3();
    final Span pinyin = new Span();
    final Span en = new Span();
    final Paragraph explanation = new Paragraph();
    final Div examples = new Div();
    final Div tourSteps = new Div();

    private final GlossaryTerm term;

    TermEntry(GlossaryTerm term, Locale locale, List<Citation> examples, List<Citation> tourSteps) {
        this.term = term;
        setId(term.id());
        addClassName("glossary-term");
        zh.setText(term.zh());
        zh.addClassName("glossary-term-zh");
        pinyin.setText(term.pinyin());
        pinyin.addClassName("glossary-term-pinyin");
        en.setText(term.en());
        en.addClassName("glossary-term-en");
        explanation.setText(term.explanation(locale));
        var names = new Div(zh, pinyin, en);
        names.addClassName("glossary-term-names");
        add(names, explanation);
        links(this.examples, getTranslation(locale, "glossary.examples"), examples, "glossary-examples");
        links(this.tourSteps, getTranslation(locale, "glossary.tour-steps"), tourSteps, "glossary-tour-steps");
    }

    GlossaryTerm term() {
        return term;
    }

    private void links(Div line, String title, List<Citation> citations, String className) {
        if (citations.isEmpty()) {
            return;
        }
        line.addClassName(className);
        line.add(new Span(title));
        citations.forEach(citation -> line.add(new Anchor(citation.href(), citation.label())));
        add(line);
    }
}
