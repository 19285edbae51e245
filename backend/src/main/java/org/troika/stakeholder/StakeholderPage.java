package org.troika.stakeholder;

import graphql.relay.Connection;
import graphql.relay.Edge;
import graphql.relay.PageInfo;
import java.util.List;
import java.util.Map;

/**
 * One page of a list query as a Relay connection, plus {@code nodes} and {@code totalCount}. A
 * {@link Connection}, so that Spring for GraphQL's connection support passes it through as it is.
 */
record StakeholderPage(List<Edge<Map<String, Object>>> edges, PageInfo pageInfo, List<Map<String, Object>> nodes,
                       Long totalCount) implements Connection<Map<String, Object>> {

    @Override
    public List<Edge<Map<String, Object>>> getEdges() {
        return edges;
    }

    @Override
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
