package org.troika.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.troika.TroikaTest;

@TroikaTest
class GraphServiceTests {

    @Autowired
    GraphService graphs;

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
}
