package org.troika.stakeholder;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * Resolves a relationship field through the batch loader, so that the field costs one statement for a
 * whole list of stakeholders, however long. Returns the stakeholders themselves, or edges that carry the
 * relationship's properties with the stakeholder under {@code nodeField}; a single-valued field gets the first.
 */
record RelationshipFetcher(RelationshipSpec spec, boolean list) implements DataFetcher<CompletableFuture<Object>> {

    static final String LOADER = "stakeholderRelationships";

    @Override
    public CompletableFuture<Object> get(DataFetchingEnvironment environment) {
        DataLoader<RelatedKey, List<Map<String, Object>>> loader = environment.getDataLoader(LOADER);
        LocalDate asOf = environment.getArgument("asOf");
        var key = new RelatedKey(spec, StakeholderView.id(environment.getSource()), asOf);
        return loader.load(key).thenApply(edges -> {
            List<Object> shaped = edges.stream().map(this::shape).toList();
            if (list) {
                return shaped;
            }
            return shaped.isEmpty() ? null : shaped.getFirst();
        });
    }

    private Object shape(Map<String, Object> edge) {
        if (spec.nodeField() == null) {
            return edge.get("stakeholder");
        }
        Map<String, Object> shaped = new HashMap<>(edge);
        shaped.put(spec.nodeField(), shaped.remove("stakeholder"));
        shaped.putIfAbsent("provenance", List.of());
        return shaped;
    }
}
