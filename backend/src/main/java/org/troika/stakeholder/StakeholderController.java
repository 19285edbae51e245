package org.troika.stakeholder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class StakeholderController {

    static final int MAX_IDS = 500;

    private final StakeholderQueries queries;

    StakeholderController(StakeholderQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Map<String, Object> node(@Argument String id) {
        return queries.byIds(List.of(id)).get(id);
    }

    @QueryMapping
    List<Map<String, Object>> nodes(@Argument List<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("nodes takes at most " + MAX_IDS + " ids, got " + ids.size());
        }
        var found = queries.byIds(ids);
        return ids.stream().map(found::get).toList();
    }

    @QueryMapping
    List<Map<String, String>> stakeholderKinds() {
        return Arrays.stream(StakeholderKind.values())
                .map(kind -> Map.of("label", kind.label(), "nameZh", kind.nameZh(), "nameEn", kind.nameEn(),
                        "group", kind.group().name()))
                .toList();
    }
}
