package org.troika.governance;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class GovernanceController {

    private final GovernanceService governance;

    GovernanceController(GovernanceService governance) {
        this.governance = governance;
    }

    @QueryMapping
    ThreeCarriages threeCarriages(@Argument String estateId, @Argument LocalDate asOf) {
        return governance.threeCarriages(estateId, asOf);
    }

    /** Computes only the indicators the client selected: each is its own query. */
    @QueryMapping
    Map<String, Object> indicators(@Argument String scopeId, DataFetchingFieldSelectionSet selection) {
        Set<String> fields = selection.getImmediateFields().stream()
                .map(SelectedField::getName).collect(Collectors.toSet());
        Indicators indicators = governance.indicators(scopeId, fields);
        Map<String, Object> result = new HashMap<>(indicators.values());
        result.put("scope", indicators.scope());
        return result;
    }
}
