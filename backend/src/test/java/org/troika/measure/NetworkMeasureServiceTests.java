package org.troika.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.TroikaTest;
import org.troika.base.NamedQueries;
import org.troika.graph.GraphNode;
import org.troika.graph.GraphService;

@TroikaTest
class NetworkMeasureServiceTests {

    @Autowired
    NetworkMeasureService measures;

    @Autowired
    GraphService graphs;

    @Autowired
    NamedQueries queries;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void every_stakeholder_of_yingpu_has_its_measures() {
        ScopeMeasures yingpu = measures.measure("yingpu", false);

        assertThat(yingpu.scopeId()).isEqualTo("yingpu");
        assertThat(yingpu.nodes()).hasSize(yingpu.nodeCount());
        assertThat(yingpu.edgeCount()).isPositive();
        assertThat(yingpu.nodes()).allSatisfy(node -> {
            assertThat(node.kind()).isNotBlank();
            assertThat(node.degree()).isPositive();
            assertThat(node.normalisedDegree()).isBetween(0.0, 1.0);
            assertThat(node.betweenness()).isBetween(0.0, 1.0);
            assertThat(node.pageRank()).isPositive();
            assertThat(node.community()).isBetween(0, yingpu.communities().size() - 1);
            assertThat(node.constraint()).isNotNaN().isPositive();
            assertThat(node.effectiveSize()).isNotNaN().isGreaterThanOrEqualTo(1.0);
        });
        assertThat(yingpu.nodes().stream().mapToDouble(NodeMeasures::pageRank).sum()).isCloseTo(1.0, within(1e-6));
        assertThat(yingpu.communities().stream().mapToInt(Community::size).sum()).isEqualTo(yingpu.nodeCount());
        assertThat(yingpu.modularity()).isBetween(0.0, 1.0);
    }

    @Test
    void without_people_a_scope_holds_the_stakeholders_the_explorer_draws() {
        ScopeMeasures yingpu = measures.measure("yingpu", false);

        List<String> drawn = graphs.scope("yingpu", 50_000).nodes().stream().map(GraphNode::id).sorted().toList();
        assertThat(yingpu.nodes()).extracting(NodeMeasures::id).containsExactlyElementsOf(drawn);
    }

    @Test
    void degree_is_the_number_of_distinct_neighbours_in_the_scope() {
        for (boolean includePeople : new boolean[] {false, true}) {
            ScopeMeasures yingpu = measures.measure("yingpu", includePeople);
            List<String> ids = yingpu.nodes().stream().map(NodeMeasures::id).toList();

            Map<String, Integer> neighbours = neo4j.query("""
                            MATCH (a:Stakeholder)--(b:Stakeholder)
                            WHERE a.id IN $ids AND b.id IN $ids AND a <> b
                            RETURN a.id AS id, count(DISTINCT b) AS neighbours""")
                    .bind(ids).to("ids")
                    .fetch().all().stream()
                    .collect(Collectors.toMap(row -> (String) row.get("id"), row -> ((Long) row.get("neighbours")).intValue()));

            assertThat(yingpu.nodes()).allSatisfy(node ->
                    assertThat(node.degree()).as(node.id()).isEqualTo(neighbours.getOrDefault(node.id(), 0)));
            assertThat(yingpu.edgeCount()).isEqualTo(neighbours.values().stream().mapToInt(Integer::intValue).sum() / 2);
        }
    }

    @Test
    void people_join_the_graph_when_asked_for_and_every_one_is_tied_to_it() {
        ScopeMeasures without = measures.measure("yingpu", false);
        ScopeMeasures with = measures.measure("yingpu", true);

        assertThat(without.nodes()).extracting(NodeMeasures::kind).doesNotContain("Person");
        assertThat(with.includePeople()).isTrue();
        assertThat(with.nodeCount()).isGreaterThan(without.nodeCount());
        assertThat(with.nodes()).filteredOn(node -> node.kind().equals("Person")).isNotEmpty()
                .allSatisfy(person -> assertThat(person.degree()).isPositive());
        assertThat(with.nodes().stream().mapToDouble(NodeMeasures::pageRank).sum()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void brokers_of_yingpu_come_lowest_constraint_first() {
        List<NodeMeasures> brokers = measures.brokers("yingpu", true, 5);

        assertThat(brokers).hasSize(5)
                .allSatisfy(broker -> assertThat(broker.degree()).isGreaterThanOrEqualTo(2))
                .isSortedAccordingTo(NetworkMeasureService.BROKERS_FIRST);
        assertThat(measures.measure("yingpu", true).brokers()).startsWith(brokers.toArray(NodeMeasures[]::new));
    }

    @Test
    void the_same_scope_always_gives_the_same_measures() {
        assertThat(measures.measure("xianxia", false)).isEqualTo(measures.measure("xianxia", false));
    }

    @Test
    void an_unknown_scope_is_refused_by_name() {
        assertThatThrownBy(() -> measures.measure("atlantis", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown scope 'atlantis'");
        assertThatThrownBy(() -> measures.brokers("atlantis", true, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown scope 'atlantis'");
    }

    @Test
    void a_scope_above_the_cap_is_refused_with_a_clear_message() {
        var capped = new ScopeGraphLoader(queries, neo4j, 10);

        assertThatThrownBy(() -> capped.load("yingpu", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Scope 'yingpu' has more than 10 stakeholders, too many to measure at once: "
                        + "choose a smaller scope");
    }

    @Test
    void a_negative_number_of_brokers_is_refused() {
        assertThatThrownBy(() -> measures.brokers("yingpu", false, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
