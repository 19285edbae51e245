package org.troika.measure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.troika.stakeholder.StakeholderQueries;

@Controller
class MeasureController {

    private final NetworkMeasureService measures;
    private final StakeholderQueries stakeholders;

    MeasureController(NetworkMeasureService measures, StakeholderQueries stakeholders) {
        this.measures = measures;
        this.stakeholders = stakeholders;
    }

    @QueryMapping
    ScopeMeasures measures(@Argument String scopeId, @Argument Boolean includePeople, @Argument LocalDate asOf) {
        return measures.measure(scopeId, Boolean.TRUE.equals(includePeople), asOf);
    }

    @QueryMapping
    List<NodeMeasures> brokers(@Argument String scopeId, @Argument Boolean includePeople, @Argument Integer first,
                               @Argument LocalDate asOf) {
        return measures.brokers(scopeId, Boolean.TRUE.equals(includePeople), first == null ? 10 : first, asOf);
    }

    /** One statement for the stakeholders of every measured node. */
    @BatchMapping(typeName = "NodeMeasure", field = "stakeholder")
    Map<NodeMeasures, Map<String, Object>> stakeholder(Collection<NodeMeasures> measured) {
        var found = stakeholders.byIds(measured.stream().map(NodeMeasures::id).distinct().toList());
        return measured.stream().distinct()
                .filter(node -> found.containsKey(node.id()))
                .collect(Collectors.toMap(Function.identity(), node -> found.get(node.id())));
    }

    /** Burt's measures are undefined (NaN) for a stakeholder without ties: null in GraphQL. */
    @SchemaMapping(typeName = "NodeMeasure", field = "constraint")
    Double constraint(NodeMeasures node) {
        return Double.isNaN(node.constraint()) ? null : node.constraint();
    }

    @SchemaMapping(typeName = "NodeMeasure", field = "effectiveSize")
    Double effectiveSize(NodeMeasures node) {
        return Double.isNaN(node.effectiveSize()) ? null : node.effectiveSize();
    }
}
