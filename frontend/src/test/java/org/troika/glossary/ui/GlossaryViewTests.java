package org.troika.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.troika.ViewTest;
import org.troika.base.ui.UiLanguage;
import org.troika.glossary.Glossary;
import org.troika.glossary.GlossaryTerm;

/** The glossary without a browser: every term, the filter, examples in the graph and the tour steps naming a term. */
@ViewTest
class GlossaryViewTests extends SpringBrowserlessTest {

    @Autowired
    Glossary glossary;

    private TermEntry entry(GlossaryView view, String id) {
        return view.visibleEntries().stream().filter(entry -> entry.term().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void every_term_shows_its_chinese_pinyin_english_and_explanation() {
        GlossaryView view = navigate(GlossaryView.class);

        assertThat(view.visibleEntries()).hasSize(glossary.terms().size());
        TermEntry carriages = entry(view, "three-carriages");
        assertThat(carriages.getId()).contains("three-carriages");
        assertThat(carriages.zh.getText()).isEqualTo("三驾马车");
        assertThat(carriages.pinyin.getText()).isEqualTo("sān jià mǎchē");
        assertThat(carriages.en.getText()).isEqualTo("the three carriages");
        assertThat(carriages.explanation.getText()).startsWith("一个小区里共同拉动治理的三方");
    }

    @Test
    void the_filter_matches_chinese_pinyin_without_tones_and_english() {
        GlossaryView view = navigate(GlossaryView.class);

        test(view.filter).setValue("马车");
        assertThat(view.visibleEntries()).extracting(entry -> entry.term().id()).containsExactly("three-carriages");

        test(view.filter).setValue("san jia");
        assertThat(view.visibleEntries()).extracting(entry -> entry.term().id()).contains("three-carriages");

        test(view.filter).setValue("OWNERS' COMMITTEE");
        assertThat(view.visibleEntries()).extracting(entry -> entry.term().id()).contains("owners-committee")
                .doesNotContain("three-carriages");
        assertThat(view.nothingFound.isVisible()).isFalse();

        test(view.filter).setValue("no such term at all");
        assertThat(view.visibleEntries()).isEmpty();
        assertThat(view.nothingFound.isVisible()).isTrue();
    }

    @Test
    void a_term_links_to_examples_of_its_kinds_and_to_the_tour_steps_that_name_it() {
        GlossaryView view = navigate(GlossaryView.class);

        TermEntry committee = entry(view, "owners-committee");
        var examples = committee.examples.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
        assertThat(examples).hasSizeBetween(1, TermExamples.LIMIT)
                .allSatisfy(link -> assertThat(link.getHref()).startsWith("./?focus="));
        var steps = committee.tourSteps.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
        assertThat(steps).extracting(Anchor::getHref).contains("tours/red-committees-xianxia/1", "tours/red-committees-xianxia/3");

        TermEntry estate = entry(view, "estate");
        assertThat(estate.examples.getChildren().filter(Anchor.class::isInstance).map(link -> ((Anchor) link).getHref()))
                .containsExactly("estates");
    }

    @Test
    void in_english_the_explanations_are_english() {
        UiLanguage.choose(UI.getCurrent(), UiLanguage.ENGLISH);
        GlossaryView view = navigate(GlossaryView.class);

        GlossaryTerm term = glossary.term("three-carriages").orElseThrow();
        assertThat(entry(view, "three-carriages").explanation.getText()).isEqualTo(term.explanationEn());
        assertThat(view.filter.getLabel()).isEqualTo("Find a term");
    }
}
