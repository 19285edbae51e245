package org.troika.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.troika.stakeholder.StakeholderQueries;

@Controller
class SearchController {

    private final SearchService search;
    private final StakeholderQueries stakeholders;

    SearchController(SearchService search, StakeholderQueries stakeholders) {
        this.search = search;
        this.stakeholders = stakeholders;
    }

    @QueryMapping
    List<SearchResult> search(@Argument String query, @Argument List<String> kinds, @Argument Integer first) {
        return search.search(query, kinds, first == null ? SearchService.DEFAULT_FIRST : first);
    }

    /** The stakeholders of all hits in one statement. */
    @BatchMapping(typeName = "SearchHit", field = "node")
    Map<SearchResult, Map<String, Object>> node(Collection<SearchResult> hits) {
        var found = stakeholders.byIds(hits.stream().map(SearchResult::id).distinct().toList());
        return hits.stream().distinct()
                .filter(hit -> found.containsKey(hit.id()))
                .collect(Collectors.toMap(Function.identity(), hit -> found.get(hit.id())));
    }
}
