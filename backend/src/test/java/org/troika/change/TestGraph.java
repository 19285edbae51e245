package org.troika.change;

import java.security.SecureRandom;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.GraphFingerprint;

/**
 * The stakeholders a test of changes makes, marked by a token in their ids, and what it takes to remove them and
 * their history again: the tests share one database with the seed.
 */
final class TestGraph {

    /** In every id a test makes, so that they are all found again; letters, as generated ids keep only those. */
    final String token = "zz" + new SecureRandom().ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    private final Neo4jClient neo4j;

    TestGraph(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** A readable id for a test stakeholder: {@code test-<token>-<name>}. */
    String id(String name) {
        return "test-" + token + "-" + name;
    }

    /** Creates an illustrative stakeholder of that kind directly in the graph, as the seed would. */
    void stakeholder(String kind, String name) {
        neo4j.query("""
                        CREATE (n:Stakeholder {id: $id, kind: $kind, name: '示意 ' + $name, nameEn: 'Illustrative ' + $name,
                                               provenance: ['illustrative']})
                        SET n:$($kind)""")
                .bindAll(Map.of("id", id(name), "kind", kind, "name", name))
                .run();
    }

    /** Removes the stakeholders and the history the test made. */
    void remove() {
        neo4j.query("MATCH (n:Stakeholder) WHERE n.id CONTAINS $token DETACH DELETE n").bind(token).to("token").run();
        neo4j.query("MATCH (c:Change) WHERE c.targetId CONTAINS $token DETACH DELETE c").bind(token).to("token").run();
    }

    long count(String cypher) {
        return neo4j.query(cypher).bind(token).to("token").fetchAs(Long.class).one().orElseThrow();
    }

    /** Every node and relationship with all its labels and properties, in a stable order. */
    String fingerprint() {
        return GraphFingerprint.of(neo4j);
    }
}
