package org.troika.glossary.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.troika.glossary.Glossary;
import org.troika.stakeholder.StakeholderQueries;

/**
 * Every term of the glossary with its Chinese, pinyin, English and explanation, a filter over the first three,
 * examples of the stakeholders it names and the tour steps that use it. {@code glossary#<term id>} opens at a term.
 */
@AnonymousAllowed
@Route("glossary")
@PageTitle("Troika · Glossary")
@StyleSheet("styles/tours.css")
public class GlossaryView extends VerticalLayout implements LocaleChangeObserver {

    final H2 heading = new H2();
    final TextField filter = new TextField();
    final Paragraph nothingFound = new Paragraph();
    final Div terms = new Div();

    private final Glossary glossary;
    private final TermExamples examples;
    private final ObjectProvider<TermCitations> citations;
    private List<TermEntry> entries = List.of();

    public GlossaryView(Glossary glossary, StakeholderQueries stakeholders, ObjectProvider<TermCitations> citations) {
        this.glossary = glossary;
        this.examples = new TermExamples(stakeholders);
        this.citations = citations;
        addClassName("glossary");
        filter.setId("glossary-filter");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24rem");
        filter.addValueChangeListener(change -> applyFilter());
        nothingFound.setId("glossary-nothing-found");
        terms.setId("glossary-terms");
        terms.addClassName("glossary-terms");
        add(heading, filter, nothingFound, terms);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("glossary.title"));
        filter.setLabel(getTranslation("glossary.filter"));
        filter.setPlaceholder(getTranslation("glossary.filter.placeholder"));
        nothingFound.setText(getTranslation("glossary.nothing-found"));
        var locale = event.getLocale();
        entries = glossary.terms().stream()
                .map(term -> new TermEntry(term, locale, examples.of(term, locale, getTranslation("glossary.examples.estates")),
                        citations.orderedStream().flatMap(source -> source.citing(term.id(), locale).stream()).toList()))
                .toList();
        terms.removeAll();
        entries.forEach(terms::add);
        applyFilter();
        scrollToAnchor();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        scrollToAnchor();
    }

    /** The entries the filter leaves visible, in the glossary's order. */
    List<TermEntry> visibleEntries() {
        return entries.stream().filter(TermEntry::isVisible).toList();
    }

    private void applyFilter() {
        String text = filter.getValue();
        entries.forEach(entry -> entry.setVisible(TermMatch.matches(entry.term(), text)));
        nothingFound.setVisible(entries.stream().noneMatch(TermEntry::isVisible));
    }

    /**
     * The router knows nothing of fragments, the entries exist only once the page has loaded, and the router resets
     * the scroll position after a navigation: scroll to the term named by the fragment after all that.
     */
    private void scrollToAnchor() {
        getElement().executeJs("""
                requestAnimationFrame(() => setTimeout(() => {
                  const id = decodeURIComponent(location.hash.slice(1));
                  const target = id && document.getElementById(id);
                  if (target && target.classList.contains('glossary-term')) {
                    target.scrollIntoView({block: 'start'});
                    target.classList.add('glossary-term--target');
                  }
                }, 0));""");
    }
}
