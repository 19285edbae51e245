package org.troika.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.access.PersonalData;
import org.troika.base.NamedQueries;
import org.troika.stakeholder.StakeholderKind;

/**
 * Finds stakeholders by what a user types: Chinese (simplified or traditional), English, pinyin or
 * initials, names, aliases or abbreviations. The work happens in the graph's full-text indexes, so
 * a search costs about the same in a city as in one sub-district. docs/search.md explains the ranking.
 * Below staff, people are found only by their kind, never by their names (docs/privacy.md).
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int DEFAULT_FIRST = 20;
    public static final int MAX_FIRST = 100;

    /** How many hits each index hands to the ranking: enough that the best {@link #MAX_FIRST} are among them. */
    private static final int CANDIDATES = 300;

    private static final Set<String> KINDS = Stream.of(StakeholderKind.values()).map(StakeholderKind::label)
            .collect(Collectors.toUnmodifiableSet());

    private final SearchKeys keys;
    private final KindNames kindNames;
    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    SearchService(SearchKeys keys, NamedQueries queries, Neo4jClient neo4j) {
        this.keys = keys;
        this.kindNames = new KindNames(keys);
        this.queries = queries;
        this.neo4j = neo4j;
    }

    /**
     * The stakeholders that match a query, best first.
     *
     * @param query what the user typed; blank, or without any letter or digit, finds nothing
     * @param kinds kind labels to keep ({@link StakeholderKind#label()}); null or empty keeps all
     * @param first how many results at most, 1 to {@value #MAX_FIRST}
     * @throws IllegalArgumentException for an unknown kind, a {@code first} out of range, or a query
     *                                  longer than {@value SearchQuery#MAX_LENGTH} characters
     */
    public List<SearchResult> search(String query, List<String> kinds, int first) {
        if (first < 1 || first > MAX_FIRST) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_FIRST + ", was " + first);
        }
        List<String> wanted = kinds == null ? List.of() : kinds.stream().distinct().toList();
        List<String> unknown = wanted.stream().filter(kind -> !KINDS.contains(kind)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown stakeholder kind " + String.join(", ", unknown)
                    + "; the kinds are " + String.join(", ", new TreeSet<>(KINDS)));
        }
        return SearchQuery.of(query, wanted, keys, kindNames).map(search -> run(search, wanted, first)).orElse(List.of());
    }

    private List<SearchResult> run(SearchQuery search, List<String> kinds, int first) {
        return List.copyOf(neo4j.query(queries.get("search/stakeholders"))
                .bindAll(parameters(search, kinds, first))
                .fetchAs(SearchResult.class)
                .mappedBy((types, row) -> new SearchResult(row.get("id").asString(), row.get("kind").asString(),
                        row.get("score").asDouble()))
                .all());
    }

    /**
     * The parameters with which a search runs {@code search/stakeholders}, empty when the query finds nothing:
     * for running the same statement elsewhere, such as the benchmarks' raw Cypher.
     */
    public static Optional<Map<String, Object>> cypherParameters(String query, List<String> kinds, int first, SearchKeys keys) {
        List<String> wanted = kinds == null ? List.of() : kinds;
        return SearchQuery.of(query, wanted, keys, new KindNames(keys)).map(search -> parameters(search, wanted, first));
    }

    private static Map<String, Object> parameters(SearchQuery search, List<String> kinds, int first) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("whole", search.whole());
        parameters.put("words", search.words());
        parameters.put("forms", search.forms());
        parameters.put("namedKinds", search.kinds());
        parameters.put("personalNames", PersonalData.visible());
        parameters.put("kinds", kinds);
        parameters.put("candidates", CANDIDATES);
        parameters.put("first", first);
        return parameters;
    }
}
