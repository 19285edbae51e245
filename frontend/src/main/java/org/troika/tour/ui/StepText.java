package org.troika.tour.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.troika.base.ui.UiLanguage;
import org.troika.fact.Fact;
import org.troika.glossary.GlossaryTerm;
import org.troika.tour.TourStep;

/** What a step says: its title and narrative, the facts it rests on, the glossary terms it names and its questions. */
final class StepText extends Div {

    final H2 title = new H2();
    final Paragraph narrative = new Paragraph();
    final H4 factsTitle = new H4();
    final UnorderedList facts = new UnorderedList();
    final H4 termsTitle = new H4();
    final Div terms = new Div();
    final H4 questionsTitle = new H4();
    final Div questions = new Div();
    List<QuestionCard> questionCards = List.of();

    StepText() {
        addClassName("tour-step-text");
        title.setId("tour-step-title");
        narrative.setId("tour-narrative");
        narrative.addClassName("tour-narrative");
        facts.setId("tour-facts");
        facts.addClassName("tour-facts");
        terms.setId("tour-terms");
        terms.addClassName("tour-terms");
        questions.setId("tour-questions");
        add(title, narrative, factsTitle, facts, termsTitle, terms, questionsTitle, questions);
    }

    void show(TourStep step, List<Fact> stepFacts, List<GlossaryTerm> stepTerms, PlayerMode mode, Locale locale) {
        boolean english = UiLanguage.isEnglish(locale);
        title.setText(step.title().in(locale));
        narrative.setText(step.narrative().in(locale));
        factsTitle.setText(getTranslation(locale, "tours.facts"));
        facts.removeAll();
        for (Fact fact : stepFacts) {
            var id = new Span(fact.id());
            id.addClassName("tour-fact-id");
            facts.add(new ListItem(id, new Span(" " + (english ? fact.statement() : fact.statementZh()))));
        }
        termsTitle.setText(getTranslation(locale, "tours.terms"));
        termsTitle.setVisible(!stepTerms.isEmpty());
        terms.removeAll();
        for (GlossaryTerm term : stepTerms) {
            var link = new Anchor("glossary#" + term.id(), english ? term.en() + " · " + term.zh() : term.zh() + " · " + term.pinyin());
            link.addClassName("tour-term");
            // a full load, so that the glossary opens at the term's anchor
            link.setRouterIgnore(true);
            link.setTitle(term.explanation(locale));
            terms.add(link);
        }
        questionsTitle.setText(getTranslation(locale, "tours.questions"));
        questionsTitle.setVisible(!step.questions().isEmpty());
        questions.removeAll();
        var cards = new ArrayList<QuestionCard>();
        for (int i = 0; i < step.questions().size(); i++) {
            var card = new QuestionCard(step.questions().get(i), i + 1, mode, locale);
            cards.add(card);
            questions.add(card);
        }
        questionCards = List.copyOf(cards);
    }
}
