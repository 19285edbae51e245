package org.troika.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.TroikaTest;

@TroikaTest
class TourApiTests {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void a_tour_comes_with_its_steps_scenes_facts_terms_and_questions() {
        var tour = graphQl.documentName("tour").variable("id", "three-carriages-yingpu").execute();

        tour.path("tour.playable").entity(Boolean.class).isEqualTo(true);
        tour.path("tour.title.en").entity(String.class).isEqualTo("Yingpu: how the three carriages pull together");
        tour.path("tour.durationMinutes").entity(Integer.class).isEqualTo(40);
        tour.path("tour.steps").entityList(Map.class).hasSize(8);
        tour.path("tour.steps[1].scene.query").entity(String.class).isEqualTo("three-carriages");
        tour.path("tour.steps[1].scene.layout").entity(String.class).isEqualTo("RADIAL");
        tour.path("tour.steps[1].scene.ids").entityList(String.class).containsExactly("yingpu-estate-003", "yingpu-chengbei",
                "yingpu-rpo-chengbei", "yingpu-firm-07", "yingpu-oc-003", "yingpu-joint-meeting-003");
        tour.path("tour.steps[1].facts[0].id").entity(String.class).isEqualTo("F26");
        tour.path("tour.steps[1].facts[0].statement").entity(String.class).satisfies(text -> assertThat(text).contains("joint"));
        tour.path("tour.steps[1].terms[0].zh").entity(String.class).isEqualTo("三驾马车");
        tour.path("tour.steps[1].questions[0].kind").entity(String.class).isEqualTo("CHOICE");
        tour.path("tour.steps[1].questions[0].correctOption").entity(Integer.class).isEqualTo(0);
        tour.path("tour.steps[1].questions[0].options[0].en").entity(String.class)
                .isEqualTo("The residential-area party organisation");
        tour.path("tour.steps[4].questions[0].kind").entity(String.class).isEqualTo("OPEN");
        tour.path("tour.steps[4].questions[0].correctOption").valueIsNull();
    }

    @Test
    void the_tours_list_every_tour_with_its_problems_and_an_unknown_tour_is_null() {
        List<Map> tours = graphQl.documentName("tours").execute().path("tours").entityList(Map.class).get();

        assertThat(tours).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(tour -> assertThat(tour).containsEntry("playable", true).containsEntry("problems", List.of()));
        graphQl.documentName("tour").variable("id", "no-such-tour").execute().path("tour").valueIsNull();
    }

    @Test
    void reloading_the_tours_reports_what_was_read() {
        var reload = graphQl.documentName("reloadTours").execute();

        reload.path("reloadTours.tours").entity(Integer.class).satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(5));
        reload.path("reloadTours.broken").entityList(Map.class).hasSize(0);
    }

    @Test
    void the_glossary_gives_each_term_in_three_forms_with_its_kinds() {
        List<Map> terms = graphQl.documentName("glossary").execute().path("glossary").entityList(Map.class).get();

        assertThat(terms).anySatisfy(term -> assertThat(term).containsEntry("id", "three-carriages")
                .containsEntry("zh", "三驾马车").containsEntry("pinyin", "sān jià mǎchē").containsEntry("en", "the three carriages")
                .containsEntry("kinds", List.of("ResidentialPartyOrganisation", "PropertyFirm", "OwnersCommittee", "JointMeeting")));
    }
}
