package org.troika.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.troika.base.NamedQueries;
import org.troika.governance.Indicator;
import org.troika.search.SearchKeys;
import org.troika.search.SearchService;

/**
 * An operation measured twice: as a GraphQL request, and as the named Cypher statements the service behind it runs,
 * with the same parameters, in one read transaction over Bolt.
 */
enum Operation {

    SEARCH("search") {
        @Override
        Object input(CitySample sample) {
            return sample.searchText();
        }

        @Override
        GraphQlClient.Request graphql(Object text) {
            return new GraphQlClient.Request("query($q: String!) { search(query: $q, first: 20) { score node { id kind name nameEn } } }",
                    Map.of("q", text));
        }

        @Override
        void cypher(TransactionContext tx, Object text, Statements statements) {
            SearchService.cypherParameters((String) text, null, 20, statements.keys).ifPresent(parameters -> {
                List<String> ids = tx.run(statements.get("search/stakeholders"), parameters).list(row -> row.get("id").asString());
                tx.run(statements.get("stakeholder/by-ids"), Map.of("ids", ids)).list();
            });
        }
    },

    NEIGHBOURHOOD_1("1-hop neighbourhood (<= 200)") {
        @Override
        Object input(CitySample sample) {
            return sample.estate();
        }

        @Override
        GraphQlClient.Request graphql(Object id) {
            return neighbourhoodRequest((String) id, 1, 200);
        }

        @Override
        void cypher(TransactionContext tx, Object id, Statements statements) {
            neighbourhood(tx, (String) id, 1, 200, statements);
        }
    },

    NEIGHBOURHOOD_2("2-hop neighbourhood (cap 2,500)") {
        @Override
        Object input(CitySample sample) {
            return sample.committee();
        }

        @Override
        GraphQlClient.Request graphql(Object id) {
            return neighbourhoodRequest((String) id, 2, 2_500);
        }

        @Override
        void cypher(TransactionContext tx, Object id, Statements statements) {
            neighbourhood(tx, (String) id, 2, 2_500, statements);
        }
    },

    SHORTEST_PATH("shortest path (<= 6 hops)") {
        @Override
        Object input(CitySample sample) {
            return sample.estatePair();
        }

        @Override
        GraphQlClient.Request graphql(Object pair) {
            List<?> ends = (List<?>) pair;
            return new GraphQlClient.Request("""
                    query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to, maxLength: 6, limit: 5) {
                      length nodes { id kind name } relationships { id type source target } } }""",
                    Map.of("from", ends.get(0), "to", ends.get(1)));
        }

        @Override
        void cypher(TransactionContext tx, Object pair, Statements statements) {
            List<?> ends = (List<?>) pair;
            tx.run(statements.get("stakeholder/by-ids"), Map.of("ids", List.of(ends.get(0)))).list();
            tx.run(statements.get("stakeholder/by-ids"), Map.of("ids", List.of(ends.get(1)))).list();
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("from", ends.get(0));
            parameters.put("to", ends.get(1));
            parameters.put("maxLength", 6);
            parameters.put("limit", 5);
            parameters.put("asOf", null);
            tx.run(statements.get("graph/shortest-paths"), parameters).list();
        }
    },

    INDICATORS("indicators of a sub-district") {
        @Override
        Object input(CitySample sample) {
            return sample.subDistrict();
        }

        @Override
        GraphQlClient.Request graphql(Object scopeId) {
            return new GraphQlClient.Request("query($id: ID!) { indicators(scopeId: $id) { " + String.join(" ", INDICATOR_FIELDS) + " } }",
                    Map.of("id", scopeId));
        }

        @Override
        void cypher(TransactionContext tx, Object scopeId, Statements statements) {
            tx.run(statements.get("governance/scope"), Map.of("scopeId", scopeId)).list();
            for (Indicator indicator : Indicator.values()) {
                if (INDICATOR_FIELDS.contains(indicator.field())) {
                    Map<String, Object> parameters = new HashMap<>(indicator.parameters());
                    parameters.put("scopeId", scopeId);
                    parameters.putIfAbsent("status", null);
                    tx.run(statements.get(indicator.query()), parameters).list();
                }
            }
        }
    };

    /** The indicators a sub-district's page shows first. */
    static final List<String> INDICATOR_FIELDS = List.of("estates", "oldEstates", "ownersAssemblies", "ownersCommittees",
            "committeeMembers", "partyMemberShare", "propertyFirms", "volunteers", "redCommittees", "estatesWithCompleteCarriages");

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    abstract Object input(CitySample sample);

    abstract GraphQlClient.Request graphql(Object input);

    abstract void cypher(TransactionContext tx, Object input, Statements statements);

    /** The named queries and the search keys, as the services have them. */
    static final class Statements {
        private final NamedQueries queries = new NamedQueries();
        final SearchKeys keys = new SearchKeys();

        String get(String name) {
            return queries.get(name);
        }
    }

    private static GraphQlClient.Request neighbourhoodRequest(String id, int depth, int limit) {
        return new GraphQlClient.Request("""
                query($id: ID!, $depth: Int!, $limit: Int!) { neighbourhood(id: $id, depth: $depth, limit: $limit) {
                  truncated nodes { id kind name } relationships { id type source target } } }""",
                Map.of("id", id, "depth", depth, "limit", limit));
    }

    /** What GraphTraversal.neighbourhood runs: the centre by id, then one statement per ring. */
    private static void neighbourhood(TransactionContext tx, String id, int depth, int limit, Statements statements) {
        tx.run(statements.get("stakeholder/by-ids"), Map.of("ids", List.of(id))).list();
        Set<String> nodes = new LinkedHashSet<>(List.of(id));
        Map<String, Value> links = new LinkedHashMap<>();
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int ring = 1; ring <= depth && !frontier.isEmpty() && !truncated; ring++) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("frontier", frontier);
            parameters.put("types", null);
            parameters.put("kinds", null);
            parameters.put("asOf", null);
            parameters.put("limit", 4 * limit + 1);
            List<String> next = new ArrayList<>();
            for (var row : tx.run(statements.get("graph/expand"), parameters).list()) {
                String other = row.get("stakeholder").get("id").asString();
                if (!nodes.contains(other)) {
                    if (nodes.size() >= limit) {
                        truncated = true;
                        continue;
                    }
                    nodes.add(other);
                    next.add(other);
                }
                links.putIfAbsent(row.get("link").get("id").toString(), row.get("link"));
            }
            frontier = next;
        }
    }
}
