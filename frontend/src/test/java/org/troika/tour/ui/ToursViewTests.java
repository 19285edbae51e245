package org.troika.tour.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.troika.ViewTest;
import org.troika.base.ui.UiLanguage;

/** The list of tours over a tours directory with one good tour and one broken one. */
@ViewTest
class ToursViewTests extends SpringBrowserlessTest {

    private static final String GOOD = "01-red-committees-xianxia.yaml";

    @DynamicPropertySource
    static void toursDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("tours");
        try (var in = new ClassPathResource("seed/tours/" + GOOD).getInputStream()) {
            Files.copy(in, dir.resolve(GOOD));
        }
        Files.writeString(dir.resolve("02-broken.yaml"), """
                id: broken-tour
                title: {zh: "坏掉的导览", en: "A broken tour"}
                audience: {zh: "测试", en: "tests"}
                durationMinutes: 10
                steps:
                  - title: {zh: "一", en: "One"}
                    narrative: {zh: "说明", en: "Narrative"}
                    scene: {nodes: [no-such-node]}
                    facts: [F01]
                """);
        registry.add("troika.tours.dir", dir::toString);
    }

    @Test
    void each_tour_shows_its_title_audience_length_and_steps_in_chinese_and_a_link_to_its_first_step() {
        ToursView view = navigate(ToursView.class);

        assertThat(view.cards()).hasSize(2);
        TourCard good = view.cards().getFirst();
        assertThat(good.title.getText()).isEqualTo("仙霞新村街道：红色业委会是怎样建成的");
        assertThat(good.audience.getText()).startsWith("对象：新任业委会成员");
        assertThat(good.facts.getText()).isEqualTo("45 分钟 · 8 步");
        assertThat(good.play.getHref()).isEqualTo("tours/red-committees-xianxia/1");
    }

    @Test
    void a_broken_tour_is_listed_with_its_problems_and_cannot_be_played() {
        ToursView view = navigate(ToursView.class);

        TourCard broken = view.cards().get(1);
        assertThat(broken.tour().playable()).isFalse();
        assertThat(broken.play.isAttached()).isFalse();
        assertThat(broken.broken.getText()).contains("无法播放");
        assertThat(broken.problems.getChildren().map(item -> ((ListItem) item).getText()))
                .anySatisfy(problem -> assertThat(problem).contains("02-broken.yaml, step 1", "no-such-node"));
    }

    @Test
    void in_english_the_list_speaks_english() {
        UiLanguage.choose(UI.getCurrent(), UiLanguage.ENGLISH);
        ToursView view = navigate(ToursView.class);

        TourCard good = view.cards().getFirst();
        assertThat(good.title.getText()).isEqualTo("Xianxia Xincun: how red owners' committees are built");
        assertThat(good.facts.getText()).isEqualTo("45 minutes · 8 steps");
        assertThat(good.play.getText()).isEqualTo("Start the tour");
    }

    @Test
    void opening_the_broken_tour_in_the_player_names_its_problems_instead_of_playing() {
        UI.getCurrent().navigate("tours/broken-tour");
        TourPlayerView player = $(TourPlayerView.class).single();

        assertThat(player.problem.getText()).contains("无法播放");
        assertThat(player.body.isVisible()).isFalse();
        assertThat(player.tourProblems.getElement().getTextRecursively()).contains("no-such-node");
    }
}
