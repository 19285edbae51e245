package org.troika.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.troika.base.CypherLiteral;
import org.troika.base.NamedQueries;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scene of the explorer as queries that draw it again elsewhere: a GraphQL request of the {@code subgraph} field
 * (a document and its variables, for GraphiQL or any client) and a Cypher statement with {@code :param} lines (for
 * Neo4j Browser or cypher-shell). Both give exactly the scene's stakeholders and the relationships among them.
 */
@Component
public class SceneQuery {

    /** The GraphQL document; the ids travel as variables, so that it stays short however large the scene. */
    public static final String GRAPHQL_DOCUMENT = """
            # The scene: these stakeholders and every relationship among them (valid on asOf, if given).
            # 场景：这些主体及其间的全部关系（如给出 asOf，则仅限该日期有效的关系）。
            query scene($ids: [ID!]!, $asOf: Date) {
              subgraph(ids: $ids, asOf: $asOf) {
                nodes { id kind name nameEn provenance }
                relationships { id type source target provenance properties { name value } }
              }
            }
            """;

    private final String statement;

    SceneQuery(NamedQueries queries) {
        this.statement = withoutParameterLines(queries.get("graph/subgraph"));
    }

    /** The GraphQL request's variables, as JSON: {@code {"ids": [...], "asOf": "2024-05-01"}}. */
    public String graphQlVariables(Collection<String> ids, LocalDate asOf) {
        return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(variables(ids, asOf));
    }

    /** The GraphQL request as one JSON body ({@code query} and {@code variables}), for curl and the like. */
    public String graphQlRequest(Collection<String> ids, LocalDate asOf) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", GRAPHQL_DOCUMENT);
        request.put("variables", variables(ids, asOf));
        return JsonMapper.shared().writeValueAsString(request);
    }

    private static Map<String, Object> variables(Collection<String> ids, LocalDate asOf) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("ids", List.copyOf(new LinkedHashSet<>(ids)));
        variables.put("asOf", asOf == null ? null : asOf.toString());
        return variables;
    }

    /**
     * The Cypher that draws the scene: {@code :param ids => [...]} and {@code :param asOf => ...} lines, then the
     * statement that Troika itself runs for it.
     */
    public String cypher(Collection<String> ids, LocalDate asOf) {
        return ":param ids => " + CypherLiteral.of(List.copyOf(new LinkedHashSet<>(ids))) + "\n"
                + ":param asOf => " + CypherLiteral.of(asOf) + "\n"
                + statement;
    }

    /** The statement of a named query without its {@code :param} examples, which the scene's own lines replace. */
    private static String withoutParameterLines(String cypher) {
        List<String> kept = new ArrayList<>();
        for (String line : cypher.split("\n", -1)) {
            if (!line.strip().startsWith("// :param")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }
}
