package org.troika.stakeholder;

import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import graphql.schema.idl.WiringFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Wires the stakeholder schema: the {@code Stakeholder} interface resolves to the type named by a
 * node's kind, every {@code @relationship} field reads through one batch loader, and every generated
 * list query gets its fetcher. Table-driven rather than a controller method per field, because the
 * thirty kinds have well over a hundred relationship fields that differ only in what the directive says.
 */
@Component
class StakeholderWiring implements RuntimeWiringConfigurer {

    private final ObjectProvider<StakeholderQueries> queries;

    /** Takes the queries lazily: GraphQL slice tests build schemas of their own without the database. */
    StakeholderWiring(ObjectProvider<StakeholderQueries> queries, BatchLoaderRegistry loaders) {
        this.queries = queries;
        loaders.<RelatedKey, List<Map<String, Object>>>forName(RelationshipFetcher.LOADER)
                .registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> queries.getObject().related(keys)));
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.scalar(DateScalar.DATE);
        builder.type("Stakeholder", type -> type.typeResolver(environment -> {
            String kind = StakeholderView.kind(environment.getObject());
            GraphQLObjectType resolved = kind == null ? null : environment.getSchema().getObjectType(kind);
            if (resolved == null) {
                throw new IllegalStateException("No GraphQL type for the stakeholder kind '" + kind + "'");
            }
            return resolved;
        }));
    }

    @Override
    public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
        container.add(new StakeholderWiringFactory());
    }

    private final class StakeholderWiringFactory implements WiringFactory {

        @Override
        public boolean providesDataFetcher(FieldWiringEnvironment environment) {
            return fetcher(environment).isPresent();
        }

        @Override
        public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
            return fetcher(environment).orElseThrow();
        }

        private Optional<DataFetcher<?>> fetcher(FieldWiringEnvironment environment) {
            FieldDefinition field = environment.getFieldDefinition();
            TypeDefinitionRegistry registry = environment.getRegistry();
            if (SchemaAugmentation.isRelationship(field)) {
                return Optional.of(relationshipFetcher(field, registry));
            }
            if ("Query".equals(environment.getParentType().getName())) {
                String typeName = TypeUtil.unwrapAll(field.getType()).getName();
                if (typeName.endsWith("Connection")) {
                    String kind = typeName.substring(0, typeName.length() - "Connection".length());
                    return registry.getType(kind, ObjectTypeDefinition.class)
                            .filter(type -> SchemaAugmentation.listQuery(type).filter(field.getName()::equals).isPresent())
                            .map(type -> new ListQueryFetcher(kind, queries.getObject()));
                }
            }
            return Optional.empty();
        }

        private DataFetcher<?> relationshipFetcher(FieldDefinition field, TypeDefinitionRegistry registry) {
            var directive = field.getDirectives(SchemaAugmentation.RELATIONSHIP_DIRECTIVE).getFirst();
            String type = ((StringValue) directive.getArgument("type").getValue()).getValue();
            var directionArgument = directive.getArgument("direction");
            var direction = directionArgument == null ? RelationshipSpec.Direction.OUT
                    : RelationshipSpec.Direction.valueOf(((EnumValue) directionArgument.getValue()).getName());
            String elementType = TypeUtil.unwrapAll(field.getType()).getName();
            boolean list = TypeUtil.isList(unwrapNonNull(field.getType()));

            var edgeType = registry.getType(elementType, ObjectTypeDefinition.class)
                    .filter(definition -> definition.getImplements().stream()
                            .noneMatch(implemented -> TypeUtil.unwrapAll(implemented).getName().equals("Stakeholder")));
            if (edgeType.isEmpty()) {
                return new RelationshipFetcher(new RelationshipSpec(type, direction, elementType, null), list);
            }
            var nodeArgument = directive.getArgument("node");
            String nodeField = nodeArgument == null ? "node" : ((StringValue) nodeArgument.getValue()).getValue();
            String target = edgeType.get().getFieldDefinitions().stream()
                    .filter(candidate -> candidate.getName().equals(nodeField))
                    .findFirst()
                    .map(candidate -> TypeUtil.unwrapAll(candidate.getType()).getName())
                    .orElseThrow(() -> new IllegalStateException(
                            "Edge type " + elementType + " has no field '" + nodeField + "' for " + field.getName()));
            return new RelationshipFetcher(new RelationshipSpec(type, direction, target, nodeField), list);
        }

        private static Type<?> unwrapNonNull(Type<?> type) {
            return TypeUtil.isNonNull(type) ? TypeUtil.unwrapOne(type) : type;
        }
    }
}
