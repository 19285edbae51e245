package org.troika;

import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The whole graph as one text: every node and relationship with its labels and properties, in a stable order. */
public final class GraphFingerprint {

    private GraphFingerprint() {
    }

    /** Equal before and after an operation exactly when the operation changed nothing. */
    public static String of(Neo4jClient neo4j) {
        var nodes = neo4j.query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties")
                .fetchAs(String.class)
                .mappedBy((types, row) -> new TreeSet<>(row.get("labels").asList(Value::asString)) + " "
                        + new TreeMap<>(row.get("properties").asMap()))
                .all();
        var relationships = neo4j.query("""
                        MATCH (a)-[r]->(b)
                        RETURN coalesce(a.id, elementId(a)) + ' ' + type(r) + ' ' + coalesce(b.id, elementId(b)) AS key,
                               properties(r) AS properties""")
                .fetchAs(String.class)
                .mappedBy((types, row) -> row.get("key").asString() + " " + new TreeMap<>(row.get("properties").asMap()))
                .all();
        return new TreeSet<>(nodes) + "\n" + new TreeSet<>(relationships);
    }
}
