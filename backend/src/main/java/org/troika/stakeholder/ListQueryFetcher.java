package org.troika.stakeholder;

import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A generated list query: one page of a kind, filtered and sorted, as a Relay connection. Cursors are
 * opaque offsets. {@code totalCount} is counted by the database, and only when the client asks for it.
 */
record ListQueryFetcher(String kind, StakeholderQueries queries) implements DataFetcher<StakeholderPage> {

    private static final String CURSOR_PREFIX = "offset:";

    @Override
    public StakeholderPage get(DataFetchingEnvironment environment) {
        int first = environment.getArgumentOrDefault("first", 20);
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative, was " + first);
        }
        long skip = environment.getArgument("after") == null ? 0 : offset(environment.getArgument("after")) + 1;
        var request = ListRequest.of(kind, environment.getArgument("where"), environment.getArgument("orderBy"),
                skip, first + 1);
        List<Map<String, Object>> found = queries.list(request);
        List<Map<String, Object>> page = found.subList(0, Math.min(first, found.size()));

        List<Edge<Map<String, Object>>> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            edges.add(new DefaultEdge<>(page.get(i), new DefaultConnectionCursor(cursor(skip + i))));
        }
        var pageInfo = new DefaultPageInfo(
                edges.isEmpty() ? null : edges.getFirst().getCursor(),
                edges.isEmpty() ? null : edges.getLast().getCursor(),
                skip > 0,
                found.size() > first);
        Long totalCount = environment.getSelectionSet().contains("totalCount") ? queries.count(request) : null;
        return new StakeholderPage(edges, pageInfo, page, totalCount);
    }

    static String cursor(long offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    static long offset(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                long offset = Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("'" + cursor + "' is not a cursor of this list: pass an endCursor it returned");
    }
}
