package org.troika.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.base.NotFoundException;

import java.util.Set;
import java.util.stream.Collectors;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.troika.TroikaTest;

@TroikaTest
class GraphServiceTests {

    static final List<String> SCENE = List.of("yingpu-estate-003", "yingpu-firm-07", "yingpu-oc-003", "yingpu-oa-003",
            "yingpu-chengbei", "yingpu-joint-meeting-003", "yingpu-elevator-03");

    @Autowired
    GraphService graphs;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void both_sub_districts_are_offered_with_their_districts() {
        assertThat(graphs.subDistricts())
                .extracting(SubDistrict::id, SubDistrict::districtId)
                .containsExactly(tuple("xianxia", "changning"),
                        tuple("yingpu", "qingpu"));
    }

    @Test
    void a_scope_holds_its_estates_and_their_three_carriages_but_no_people() {
        Subgraph yingpu = graphs.scope("yingpu", 5_000);

        Set<String> kinds = yingpu.nodes().stream().map(GraphNode::kind).collect(Collectors.toSet());
        assertThat(kinds).contains("SubDistrict", "Estate", "OwnersCommittee", "PropertyFirm",
                "ResidentialPartyOrganisation", "JointMeeting").doesNotContain("Person");
        assertThat(yingpu.nodes().stream().filter(node -> node.kind().equals("Estate"))).hasSize(162);
        assertThat(yingpu.truncated()).isFalse();
        Set<String> ids = yingpu.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        assertThat(yingpu.links()).isNotEmpty()
                .allSatisfy(link -> assertThat(ids).contains(link.source(), link.target()));
    }

    @Test
    void a_capped_scope_says_it_is_truncated() {
        Subgraph capped = graphs.scope("xianxia", 50);

        assertThat(capped.nodes()).hasSize(50);
        assertThat(capped.truncated()).isTrue();
    }

    @Test
    void an_unknown_scope_is_empty() {
        assertThat(graphs.scope("atlantis", 100).nodes()).isEmpty();
    }

    @Test
    void the_districts_are_offered_with_their_sub_districts() {
        assertThat(graphs.districts()).extracting(District::id, District::nameEn)
                .containsExactly(tuple("changning", "Changning District"), tuple("qingpu", "Qingpu District"));
        assertThat(graphs.districts().getLast().subDistricts())
                .extracting(SubDistrict::id, SubDistrict::districtId, SubDistrict::districtName)
                .containsExactly(tuple("yingpu", "qingpu", "青浦区"));
    }

    @Test
    void a_district_is_a_scope_that_holds_its_sub_districts_scope() {
        Subgraph qingpu = graphs.scope("qingpu", 5_000);
        Subgraph yingpu = graphs.scope("yingpu", 5_000);

        Set<String> ids = qingpu.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        assertThat(qingpu.truncated()).isFalse();
        assertThat(ids).contains("qingpu").containsAll(yingpu.nodes().stream().map(GraphNode::id).toList());
        assertThat(qingpu.nodes().stream().filter(node -> node.kind().equals("Estate"))).hasSize(162);
        assertThat(qingpu.nodes()).extracting(GraphNode::kind).doesNotContain("Person");
        assertThat(qingpu.links()).isNotEmpty().allSatisfy(link -> assertThat(ids).contains(link.source(), link.target()));
    }

    @Test
    void a_scope_draws_the_dates_of_its_relationships() {
        GraphLink serves = graphs.scope("yingpu", 5_000).links().stream()
                .filter(link -> link.id().equals("yingpu-firm-07-SERVES-yingpu-estate-003")).findFirst().orElseThrow();

        assertThat(serves.since()).isEqualTo(LocalDate.of(2020, 4, 8));
        assertThat(serves.until()).isEqualTo(LocalDate.of(2023, 4, 7));
    }

    @Test
    void a_subgraph_by_ids_holds_those_stakeholders_and_every_relationship_among_them() {
        Subgraph scene = graphs.subgraph(SCENE, null);

        assertThat(scene.nodes()).extracting(GraphNode::id).containsExactlyInAnyOrderElementsOf(SCENE);
        assertThat(scene.links()).extracting(GraphLink::id)
                .containsExactlyInAnyOrderElementsOf(relationshipsAmong(SCENE))
                .contains("yingpu-firm-07-SERVES-yingpu-estate-003", "yingpu-oc-003-REPRESENTS-yingpu-estate-003");
        assertThat(scene.links()).filteredOn(link -> link.type().equals("SERVES")).singleElement()
                .satisfies(link -> assertThat(link.since()).isEqualTo(LocalDate.of(2020, 4, 8)));
    }

    @Test
    void a_subgraph_as_of_a_day_leaves_out_the_relationships_not_valid_then() {
        Subgraph before = graphs.subgraph(SCENE, LocalDate.of(2019, 1, 1));
        Subgraph all = graphs.subgraph(SCENE, null);

        assertThat(before.nodes()).hasSameSizeAs(all.nodes());
        assertThat(before.links()).extracting(GraphLink::id)
                .doesNotContain("yingpu-firm-07-SERVES-yingpu-estate-003")
                .contains("yingpu-oc-003-REPRESENTS-yingpu-estate-003")
                .containsExactlyInAnyOrderElementsOf(all.asOf(LocalDate.of(2019, 1, 1)).links().stream().map(GraphLink::id).toList());
    }

    @Test
    void a_subgraph_names_every_unknown_id_and_refuses_more_than_the_cap() {
        assertThatThrownBy(() -> graphs.subgraph(List.of("yingpu", "atlantis", "lemuria"), null))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No stakeholders with ids 'atlantis', 'lemuria'");
        assertThatThrownBy(() -> graphs.subgraph(List.of("atlantis"), null))
                .hasMessage("No stakeholder with id 'atlantis'");
        List<String> tooMany = IntStream.range(0, 2_501).mapToObj(i -> "id-" + i).toList();
        assertThatThrownBy(() -> graphs.subgraph(tooMany, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A subgraph takes at most 2500 stakeholder ids, was given 2501");
        assertThat(graphs.subgraph(List.of(), null)).isEqualTo(Subgraph.EMPTY);
    }

    private List<String> relationshipsAmong(List<String> ids) {
        return List.copyOf(neo4j.query("""
                        MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
                        WHERE a.id IN $ids AND b.id IN $ids
                        RETURN r.id AS id""")
                .bind(ids).to("ids").fetchAs(String.class).all());
    }
}
