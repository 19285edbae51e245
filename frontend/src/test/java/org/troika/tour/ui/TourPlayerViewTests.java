package org.troika.tour.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.troika.ViewTest;
import org.troika.graph.GraphNode;
import org.troika.tour.Tours;

/** The tour player without a browser: steps, addresses, modes and questions of the shipped tours. */
@ViewTest
class TourPlayerViewTests extends SpringBrowserlessTest {

    private static final String TOUR = "red-committees-xianxia";

    @Autowired
    Tours tours;

    private TourPlayerView open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
        return $(TourPlayerView.class).single();
    }

    @Test
    void a_step_shows_its_narrative_facts_terms_and_scene_with_the_relationships_among_its_stakeholders() {
        TourPlayerView player = open("tours/" + TOUR + "/1", "");

        var step = tours.find(TOUR).orElseThrow().steps().getFirst();
        assertThat(player.text.title.getText()).isEqualTo(step.title().zh());
        assertThat(player.text.narrative.getText()).isEqualTo(step.narrative().zh());
        assertThat(player.text.facts.getElement().getTextRecursively()).contains("F01", "F02", "F03", "2.26");
        assertThat(player.text.terms.getChildren().map(link -> ((Anchor) link).getHref()))
                .contains("glossary#estate", "glossary#owners-committee");
        assertThat(player.drawn().nodes()).extracting(GraphNode::id)
                .containsExactlyInAnyOrderElementsOf(tours.sceneIds(step));
        assertThat(player.drawn().links()).isNotEmpty().allSatisfy(link -> {
            assertThat(tours.sceneIds(step)).contains(link.source(), link.target());
        });
        assertThat(player.controls.counter.getText()).isEqualTo("第 1 步，共 8 步");
        assertThat(player.controls.progress.getValue()).isEqualTo(1.0 / 8);
        assertThat(player.controls.previous.isEnabled()).isFalse();
    }

    @Test
    void next_previous_and_the_jump_list_move_through_the_steps_and_the_address_follows() {
        TourPlayerView player = open("tours/" + TOUR + "/1", "");

        test(player.controls.next).click();
        assertThat(player.step()).isEqualTo(2);
        assertThat(player.currentAddress()).isEqualTo("tours/" + TOUR + "/2");

        test(player.controls.jump).selectItem("8. " + tours.find(TOUR).orElseThrow().steps().get(7).title().zh());
        assertThat(player.step()).isEqualTo(8);
        assertThat(player.controls.next.isEnabled()).isFalse();
        player.next();
        assertThat(player.step()).isEqualTo(8);

        test(player.controls.previous).click();
        assertThat(player.step()).isEqualTo(7);
        assertThat(player.controls.progress.getValue()).isEqualTo(7.0 / 8);
    }

    @Test
    void a_step_given_as_a_query_parameter_opens_that_step_and_presentation_and_mode_come_from_the_address() {
        TourPlayerView player = open("tours/" + TOUR, "step=3&present=true&mode=trainer");

        assertThat(player.step()).isEqualTo(3);
        assertThat(player.presenting()).isTrue();
        assertThat(player.getClassNames()).contains(TourPlayerView.PRESENTING);
        assertThat(player.mode()).isEqualTo(PlayerMode.TRAINER);
        assertThat(player.currentAddress()).isEqualTo("tours/" + TOUR + "/3?mode=trainer&present=true");

        test(player.controls.present).click();
        assertThat(player.getClassNames()).doesNotContain(TourPlayerView.PRESENTING);
        assertThat(player.currentAddress()).isEqualTo("tours/" + TOUR + "/3?mode=trainer");
    }

    @Test
    void trainer_mode_shows_the_right_option_the_answer_and_the_notes() {
        TourPlayerView player = open("tours/" + TOUR + "/1", "mode=trainer");

        QuestionCard card = player.text.questionCards.getFirst();
        assertThat(card.options.getElement().getTextRecursively()).contains("73个 ✓ 正确答案");
        assertThat(card.answer.isVisible()).isTrue();
        assertThat(card.answer.getText()).contains("72个业主大会");
        assertThat(card.notes.getText()).startsWith("培训师提示：").contains("72与73的差别");
        assertThat(card.choice.isAttached()).isFalse();
    }

    @Test
    void a_learner_picks_an_answer_and_is_told_whether_it_is_right_without_seeing_the_notes() {
        TourPlayerView player = open("tours/" + TOUR + "/1", "");
        QuestionCard card = player.text.questionCards.getFirst();
        assertThat(card.answer.isVisible()).isFalse();
        assertThat(card.notes.isAttached()).isFalse();

        test(card.choice).selectItem("72个");
        assertThat(card.answeredRightly()).isFalse();
        assertThat(card.verdict.getText()).isEqualTo("不对，再想想。");
        assertThat(card.answer.isVisible()).isFalse();

        test(card.choice).selectItem("73个");
        assertThat(card.answeredRightly()).isTrue();
        assertThat(card.verdict.getText()).isEqualTo("回答正确！");
        assertThat(card.answer.isVisible()).isTrue();
        assertThat(card.notes.isAttached()).isFalse();
    }

    @Test
    void switching_to_trainer_mode_reveals_the_notes_and_puts_the_mode_in_the_address() {
        TourPlayerView player = open("tours/" + TOUR + "/2", "");

        test(player.controls.mode).selectItem("培训师");

        assertThat(player.mode()).isEqualTo(PlayerMode.TRAINER);
        assertThat(player.text.questionCards.getFirst().notes.getText()).contains("在投票之前把关");
        assertThat(player.currentAddress()).isEqualTo("tours/" + TOUR + "/2?mode=trainer");
    }

    @Test
    void explore_from_here_opens_the_explorer_on_the_steps_focus_with_its_highlights_expanded() {
        TourPlayerView player = open("tours/" + TOUR + "/2", "");

        assertThat(player.controls.explore.getHref()).isEqualTo("./?focus=xianxia-party-working-committee"
                + "&steps=e.xianxia-vetting-principle-1234~e.xianxia-personnel-review-8756"
                + "&layout=hierarchical&selected=xianxia-party-working-committee");

        player.go(1);
        assertThat(player.controls.explore.getHref()).isEqualTo("./?scope=xianxia&layout=radial&selected=xianxia");
    }

    @Test
    void a_step_beyond_the_tour_or_an_unknown_tour_is_named_as_the_problem() {
        TourPlayerView player = open("tours/" + TOUR + "/12", "");
        assertThat(player.problem.getText()).isEqualTo("这个导览只有 8 步，没有第 12 步；显示最后一步。");
        assertThat(player.step()).isEqualTo(8);

        player = open("tours/no-such-tour", "");
        assertThat(player.problem.getText()).isEqualTo("没有编号为“no-such-tour”的导览。");
        assertThat(player.body.isVisible()).isFalse();

        player = open("tours/" + TOUR + "/2", "mode=teacher");
        assertThat(player.problem.getText()).contains("unknown mode 'teacher'");
        assertThat(player.step()).isEqualTo(1);
    }
}
