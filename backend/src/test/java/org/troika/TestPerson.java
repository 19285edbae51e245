package org.troika;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.search.SearchKeys;

/**
 * A person with every kind of personal data, a member of one seeded owners' committee, for the tests of personal
 * data; added before and removed after each test, with its history.
 */
public final class TestPerson {

    public static final String ID = "test-privacy-pan-xiaoming";
    public static final String COMMITTEE = "xianxia-oc-01";
    public static final String NAME = "潘小明";
    public static final String NAME_EN = "Pan Xiaoming";
    public static final String ALIAS = "小潘同志";
    public static final String PHONE = "13812341234";

    private TestPerson() {
    }

    public static void add(Neo4jClient neo4j, SearchKeys searchKeys) {
        Map<String, Object> properties = new HashMap<>(Map.of("id", ID, "kind", "Person", "name", NAME, "nameEn", NAME_EN,
                "aliases", List.of(ALIAS), "phone", PHONE, "partyMember", true, "provenance", List.of("illustrative")));
        properties.putAll(searchKeys.properties(NAME, NAME_EN, List.of(ALIAS)));
        neo4j.query("""
                MATCH (committee:Stakeholder {id: $committee})
                CREATE (person:Stakeholder:Person:CommitteeMember)
                SET person = $properties
                CREATE (person)-[:MEMBER_OF {id: $id + '-MEMBER_OF-' + $committee, role: 'member', provenance: ['illustrative']}]->(committee)
                """).bindAll(Map.of("committee", COMMITTEE, "properties", properties, "id", ID)).run();
    }

    public static void remove(Neo4jClient neo4j) {
        neo4j.query("MATCH (n:Stakeholder {id: $id}) DETACH DELETE n").bind(ID).to("id").run();
        neo4j.query("MATCH (c:Change) WHERE c.targetId STARTS WITH $id DETACH DELETE c").bind(ID).to("id").run();
    }
}
