package org.troika.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.troika.stakeholder.StakeholderKind;

class CityGeneratorTests {

    /** The relationship types of docs/model.md, as the seed uses them. */
    static final Set<String> MODEL_RELATIONSHIP_TYPES = Set.of("APPLIES_TO", "ASSIGNED_TO", "CONVENES", "ELECTS",
            "EVALUATES", "FOUNDED", "FUNDS", "GUIDES", "INCUBATES", "ISSUED", "LEADS", "LOCATED_IN", "MEETS_IN",
            "MEMBER_OF", "PART_OF", "PARTNERS_WITH", "PILOTED_AT", "REPRESENTS", "REVIEWS", "RUNS", "SERVES",
            "SUPPORTS", "TARGETS", "VOLUNTEERS_IN");

    @Test
    void the_same_seed_gives_the_same_city_and_another_seed_another() {
        String first = text(CityGenerator.of(1, 2, 42));
        String again = text(CityGenerator.of(1, 2, 42));
        String other = text(CityGenerator.of(1, 2, 43));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void every_entity_is_synthetic_and_of_a_kind_and_type_of_the_model() {
        Set<String> kinds = Arrays.stream(StakeholderKind.values()).map(StakeholderKind::label).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        Set<String> relationshipIds = new HashSet<>();
        CityGenerator.of(2, 2, 7).parts().forEach(part -> {
            part.nodes().forEach(node -> {
                assertThat(node.id()).startsWith("syn-");
                assertThat(node.properties()).containsEntry("id", node.id())
                        .containsEntry("provenance", List.of("synthetic"))
                        .containsEntry("kind", node.kind());
                assertThat(kinds).contains(node.kind());
                assertThat((String) node.properties().get("name")).startsWith("合成");
                assertThat((String) node.properties().get("nameEn")).startsWith("Synthetic ");
                assertThat(ids.add(node.id())).as("unique id %s", node.id()).isTrue();
            });
            part.relationships().forEach(relationship -> {
                assertThat(MODEL_RELATIONSHIP_TYPES).contains(relationship.type());
                assertThat(relationship.properties()).containsEntry("provenance", List.of("synthetic"));
                assertThat(relationshipIds.add(relationship.start() + " " + relationship.type() + " " + relationship.end()))
                        .as("one %s per pair", relationship.type()).isTrue();
                assertThat(ids).as("nodes of %s written before it", relationship.properties().get("id"))
                        .contains(relationship.start(), relationship.end());
            });
        });
    }

    @Test
    void the_proportions_are_those_of_a_city() {
        Map<String, Integer> nodesByKind = new HashMap<>();
        Map<String, Integer> committeesOfEstate = new HashMap<>();
        Map<String, Set<String>> estatesOfFirm = new HashMap<>();
        int[] relationships = {0};
        int[] partyMembers = {0};
        CityGenerator.ofScale(1, 5).parts().forEach(part -> {
            part.nodes().forEach(node -> {
                nodesByKind.merge(node.kind(), 1, Integer::sum);
                if (Boolean.TRUE.equals(node.properties().get("partyMember")) && node.labels().contains("CommitteeMember")) {
                    partyMembers[0]++;
                }
            });
            part.relationships().forEach(relationship -> {
                relationships[0]++;
                if (relationship.type().equals("REPRESENTS") && relationship.start().contains("-oc-")) {
                    committeesOfEstate.merge(relationship.end(), 1, Integer::sum);
                }
                if (relationship.type().equals("SERVES")) {
                    estatesOfFirm.computeIfAbsent(relationship.start(), firm -> new HashSet<>()).add(relationship.end());
                }
                if (relationship.properties().get("since") instanceof LocalDate since) {
                    assertThat((LocalDate) relationship.properties().get("until")).isAfterOrEqualTo(since);
                }
            });
        });
        int nodes = nodesByKind.values().stream().mapToInt(Integer::intValue).sum();

        assertThat(nodesByKind).containsEntry("District", 1).containsEntry("SubDistrict", 10).containsEntry("Estate", 600);
        assertThat(nodes).isBetween(7_000, 10_000);
        assertThat(relationships[0]).isBetween(11_000, 16_000);
        assertThat(committeesOfEstate.values()).allMatch(count -> count == 1);
        assertThat(nodesByKind.get("OwnersCommittee")).isBetween(450, 570);
        assertThat(estatesOfFirm.values()).allMatch(estates -> estates.size() >= 3);
        double partyShare = partyMembers[0] / (double) nodesByKind.get("OwnersCommittee") / CityGenerator.MEMBERS;
        assertThat(partyShare).isBetween(0.45, 0.65);
    }

    @Test
    void a_city_needs_a_district() {
        assertThatThrownBy(() -> CityGenerator.ofScale(0, 1)).hasMessageContaining("at least 1 district");
    }

    @Test
    void the_command_line_reads_scale_and_seed_in_both_forms() {
        List<String> args = List.of("generate", "--scale", "3", "--seed=9");

        assertThat(GenerateOnStartup.option(args, "scale", 1)).isEqualTo(3);
        assertThat(GenerateOnStartup.option(args, "seed", 1)).isEqualTo(9);
        assertThat(GenerateOnStartup.option(List.of("generate"), "seed", 1)).isEqualTo(1);
        assertThatThrownBy(() -> GenerateOnStartup.option(List.of("--scale", "x"), "scale", 1))
                .hasMessageContaining("--scale must be a whole number, not 'x'");
    }

    private static String text(CityGenerator city) {
        return city.parts().map(part -> part.nodes() + "\n" + part.relationships()).collect(Collectors.joining("\n"));
    }
}
