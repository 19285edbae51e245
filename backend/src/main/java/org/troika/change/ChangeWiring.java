package org.troika.change;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.troika.stakeholder.StakeholderKind;

/**
 * Wires the generated mutations of every kind ({@code addEstate}, {@code updateEstate}, {@code deleteEstate}, ...)
 * to {@link StakeholderChanges}, and the {@code DateTime} scalar of the history. Table-driven, as the schema they
 * serve is generated: ninety fields that differ only in the kind.
 */
@Component
class ChangeWiring implements RuntimeWiringConfigurer {

    private final ObjectProvider<StakeholderChanges> changes;

    /** Takes the service lazily: GraphQL slice tests build schemas of their own without the database. */
    ChangeWiring(ObjectProvider<StakeholderChanges> changes) {
        this.changes = changes;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.scalar(DateTimeScalar.DATE_TIME);
        builder.type("Mutation", type -> {
            for (StakeholderKind kind : StakeholderKind.values()) {
                type.dataFetcher(MutationSchema.ADD + kind.label(),
                        environment -> changes.getObject().add(kind, input(environment), actor(environment)));
                type.dataFetcher(MutationSchema.UPDATE + kind.label(),
                        environment -> changes.getObject().update(kind, input(environment), actor(environment)));
                type.dataFetcher(MutationSchema.DELETE + kind.label(),
                        environment -> changes.getObject().delete(kind, input(environment), actor(environment)));
            }
            return type;
        });
    }

    private static Map<String, Object> input(DataFetchingEnvironment environment) {
        return environment.getArgument("input");
    }

    private static Actor actor(DataFetchingEnvironment environment) {
        return Actor.of(environment.getGraphQlContext());
    }
}
