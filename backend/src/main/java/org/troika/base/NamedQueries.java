package org.troika.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The named Cypher queries of {@code cypher/queries}: each file is one query, named by its path
 * without the extension ({@code indicators/estates}), readable and runnable in Neo4j Browser.
 */
@Component
public class NamedQueries {

    private static final String ROOT = "cypher/queries/";

    private final Map<String, String> queries;

    public NamedQueries() {
        this.queries = load();
    }

    /** The Cypher text of a query; fails with the query's name when there is no such file. */
    public String get(String name) {
        String cypher = queries.get(name);
        if (cypher == null) {
            throw new IllegalArgumentException("No named Cypher query '" + name + "' under " + ROOT);
        }
        return cypher;
    }

    public boolean contains(String name) {
        return queries.containsKey(name);
    }

    private static Map<String, String> load() {
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, String> byName = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:" + ROOT + "**/*.cypher")) {
                String url = resource.getURL().toString();
                String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
                byName.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the named Cypher queries", e);
        }
        return Map.copyOf(byName);
    }
}
