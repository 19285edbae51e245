package org.troika.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.troika.TroikaTest;
import org.troika.fact.FactBook;
import org.troika.glossary.Glossary;

@TroikaTest
class ToursTests {

    @Autowired
    Tours tours;

    @Autowired
    TourReader reader;

    @Autowired
    SceneGraph graph;

    @Autowired
    FactBook factBook;

    @Autowired
    Glossary glossary;

    @TempDir
    Path dir;

    @Test
    void every_shipped_tour_validates_and_each_scene_shows_existing_seed_nodes() {
        List<Tour> shipped = tours.list();

        assertThat(shipped).extracting(Tour::id).contains("red-committees-xianxia", "three-carriages-yingpu",
                "epidemic-grid-yingpu", "renovation-and-elevators", "two-sub-districts-compared");
        for (Tour tour : shipped) {
            assertThat(tour.problems()).as(tour.file()).isEmpty();
            assertThat(tour.steps()).as(tour.file()).hasSizeBetween(6, 12);
            assertThat(tour.steps()).as(tour.file() + " has a multiple-choice question")
                    .anySatisfy(step -> assertThat(step.questions()).extracting(TourQuestion::kind).contains(TourQuestion.Kind.CHOICE));
            for (TourStep step : tour.steps()) {
                String where = tour.file() + ", step " + step.number();
                assertThat(step.factIds()).as(where).isNotEmpty();
                assertThat(tours.facts(step)).as(where).hasSameSizeAs(step.factIds())
                        .allSatisfy(fact -> assertThat(fact.statement()).isNotBlank());
                List<String> ids = tours.sceneIds(step);
                assertThat(ids).as(where).isNotEmpty().contains(step.scene().focusId())
                        .containsAll(step.scene().highlightIds());
                assertThat(graph.existing(ids)).as(where).containsExactlyInAnyOrderElementsOf(ids);
                if (!step.scene().fromQuery()) {
                    assertThat(ids).as(where).containsExactlyElementsOf(step.scene().nodeIds());
                }
            }
        }
    }

    @Test
    void a_tour_is_found_by_its_id_with_its_texts_in_both_languages() {
        Tour tour = tours.find("red-committees-xianxia").orElseThrow();

        assertThat(tour.playable()).isTrue();
        assertThat(tour.title().in(java.util.Locale.ENGLISH)).isEqualTo("Xianxia Xincun: how red owners' committees are built");
        assertThat(tour.title().in(java.util.Locale.SIMPLIFIED_CHINESE)).startsWith("仙霞新村街道");
        TourStep stars = tour.steps().get(5);
        assertThat(stars.scene().query()).isEqualTo("red-committees");
        assertThat(tours.sceneIds(stars)).hasSize(21).startsWith("xianxia-evaluation-system");
        TourQuestion question = stars.questions().getFirst();
        assertThat(question.options().get(question.correctOption()).en()).isEqualTo("13");
        assertThat(tours.terms(stars)).extracting(term -> term.en()).contains("red owners' committee");
        assertThat(tours.find("no-such-tour")).isEmpty();
    }

    @Test
    void a_broken_tour_names_its_file_and_steps_while_the_good_tours_still_load() throws IOException {
        copyShipped("02-three-carriages-yingpu.yaml");
        write("broken.yaml", """
                id: broken-tour
                title: {zh: "坏的导览", en: "A broken tour"}
                audience: {zh: "测试", en: "Tests"}
                durationMinutes: 10
                steps:
                  - title: {zh: "只有中文"}
                    narrative: {zh: "讲解", en: "Narrative"}
                    scene: {nodes: [xianxia], focus: xianxia}
                    facts: [F01]
                  - title: {zh: "未知节点", en: "Unknown node"}
                    narrative: {zh: "讲解", en: "Narrative"}
                    scene: {nodes: [xianxia, no-such-node], focus: xianxia, layout: spiral}
                    facts: [F01]
                  - title: {zh: "未知事实", en: "Unknown fact"}
                    narrative: {zh: "讲解", en: "Narrative"}
                    scene: {query: no-such-query, focus: xianxia}
                    facts: [F99]
                    terms: [no-such-term]
                    questions:
                      - type: choice
                        prompt: {zh: "题目", en: "Question"}
                        options: [{zh: "一", en: "One"}, {zh: "二", en: "Two"}]
                        answer: {zh: "答案", en: "Answer"}
                """);
        Tours inDir = toursIn(dir);

        assertThat(inDir.list()).extracting(Tour::id).containsExactly("three-carriages-yingpu", "broken-tour");
        assertThat(inDir.find("three-carriages-yingpu").orElseThrow().playable()).isTrue();
        Tour broken = inDir.find("broken-tour").orElseThrow();
        assertThat(broken.playable()).isFalse();
        assertThat(broken.steps()).hasSize(3);
        assertThat(broken.problems()).extracting(TourProblem::toString).containsExactlyInAnyOrder(
                "broken.yaml, step 1: the title has no English (en)",
                "broken.yaml, step 2: unknown node id 'no-such-node' in the scene's nodes",
                "broken.yaml, step 2: unknown layout 'spiral': use force, radial or hierarchical",
                "broken.yaml, step 3: unknown scene query 'no-such-query': there is no cypher/queries/tour/scenes/no-such-query.cypher",
                "broken.yaml, step 3: unknown fact id 'F99'",
                "broken.yaml, step 3: unknown glossary term 'no-such-term'",
                "broken.yaml, step 3: question 1 marks no option correct: add 'correct: true' to the right one");
        assertThat(inDir.sceneIds(broken.steps().get(2))).isEmpty();
    }

    @Test
    void a_file_that_is_no_tour_is_listed_with_its_problem_and_a_repeated_id_is_refused() throws IOException {
        copyShipped("03-epidemic-grid-yingpu.yaml");
        write("04-copy.yaml", Files.readString(dir.resolve("03-epidemic-grid-yingpu.yaml")));
        write("05-not-yaml.yaml", "id: [unclosed\n");
        write("06-wrong-field.yaml", Files.readString(dir.resolve("03-epidemic-grid-yingpu.yaml"))
                .replace("id: epidemic-grid-yingpu", "id: wrong-field").replaceFirst("layout: hierarchical", "layot: hierarchical"));

        List<Tour> listed = toursIn(dir).list();

        assertThat(listed).extracting(Tour::file)
                .containsExactly("03-epidemic-grid-yingpu.yaml", "04-copy.yaml", "05-not-yaml.yaml", "06-wrong-field.yaml");
        assertThat(listed.get(0).playable()).isTrue();
        assertThat(listed.get(1).problems()).extracting(TourProblem::toString)
                .containsExactly("04-copy.yaml: the id 'epidemic-grid-yingpu' is already used by 03-epidemic-grid-yingpu.yaml");
        assertThat(listed.get(2).id()).isEqualTo("05-not-yaml");
        assertThat(listed.get(2).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("05-not-yaml.yaml");
            assertThat(problem.message()).startsWith("the file is not a valid tour");
        });
        assertThat(listed.get(3).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.step()).isEqualTo(1);
            assertThat(problem.message()).startsWith("the file is not a valid tour: unknown field 'layot'")
                    .contains("steps > #1 > scene > layot");
        });
    }

    @Test
    void a_tour_dropped_into_the_directory_is_picked_up_without_a_restart() throws IOException {
        copyShipped("01-red-committees-xianxia.yaml");
        Tours inDir = toursIn(dir);
        assertThat(inDir.list()).extracting(Tour::id).containsExactly("red-committees-xianxia");

        copyShipped("04-renovation-and-elevators.yaml");
        assertThat(inDir.list()).extracting(Tour::id).containsExactly("red-committees-xianxia", "renovation-and-elevators");

        Files.delete(dir.resolve("01-red-committees-xianxia.yaml"));
        write("bad.yaml", "id: bad\n");
        TourReload reload = inDir.reload();
        assertThat(reload.tours()).isEqualTo(2);
        assertThat(reload.playable()).isEqualTo(1);
        assertThat(reload.broken()).extracting(Tour::id).containsExactly("bad");
    }

    @Test
    void the_template_is_never_read_as_a_tour_but_is_a_valid_tour_when_copied() throws IOException {
        assertThat(tours.list()).extracting(Tour::id).doesNotContain("my-tour");

        write("my-tour.yaml", new ClassPathResource("seed/tours/TEMPLATE.yaml.example").getContentAsString(StandardCharsets.UTF_8));
        List<Tour> copied = toursIn(dir).list();

        assertThat(copied).singleElement().satisfies(tour -> {
            assertThat(tour.id()).isEqualTo("my-tour");
            assertThat(tour.problems()).isEmpty();
            assertThat(tour.steps().getFirst().questions()).extracting(TourQuestion::kind)
                    .containsExactly(TourQuestion.Kind.CHOICE, TourQuestion.Kind.OPEN);
        });
    }

    private Tours toursIn(Path directory) {
        return new Tours(new TourDirectory(directory), reader, factBook, glossary, graph);
    }

    private void copyShipped(String name) throws IOException {
        write(name, new ClassPathResource("seed/tours/" + name).getContentAsString(StandardCharsets.UTF_8));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
