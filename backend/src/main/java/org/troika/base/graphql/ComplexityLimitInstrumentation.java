package org.troika.base.graphql;

import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Limits the cost of an operation, computed by graphql-java over the operation with its variables
 * applied. Each field costs 1; a field with a {@code first}, {@code last} or {@code limit} argument
 * (a list or a connection) multiplies what it selects by it; a list without one (a relationship field)
 * by {@link GraphQlLimits#DEFAULT_LIST_SIZE}; the {@code edges} and {@code nodes} of a connection, and the lists
 * of a single result capped by such an argument (a neighbourhood's nodes and relationships), by nothing more,
 * since the page size or cap already counted them.
 * Introspection costs nothing here: graphql-java's good-faith introspection check bounds it.
 */
final class ComplexityLimitInstrumentation extends MaxQueryComplexityInstrumentation {

    ComplexityLimitInstrumentation(GraphQlLimits limits) {
        super(limits.maxComplexity(), new Cost(limits.maxComplexity()));
    }

    @Override
    protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
        return new LimitExceededException("Query complexity " + complexity + " exceeds the maximum of " + maxComplexity,
                "max-complexity", maxComplexity);
    }

    /**
     * graphql-java adds the costs of sibling fields as {@code int}s; capping each field's cost far
     * above the maximum keeps a nest of large pages from overflowing into a small total.
     */
    record Cost(int ceiling) implements graphql.analysis.FieldComplexityCalculator {

        Cost {
            ceiling = Math.max(ceiling, 100_000) + 1;
        }

        @Override
        public int calculate(FieldComplexityEnvironment field, int childComplexity) {
            if (field.getField().getName().startsWith("__")) {
                return 0;
            }
            long items = 1;
            boolean list = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()) instanceof GraphQLList;
            boolean pageOfConnection = field.getParentType() instanceof GraphQLNamedType parent
                    && parent.getName().endsWith("Connection");
            if (list && !pageOfConnection && !insideCappedResult(field)) {
                items = GraphQlLimits.DEFAULT_LIST_SIZE;
            }
            for (String argument : OperationLimitsInstrumentation.PAGE_SIZE_ARGUMENTS) {
                if (field.getArguments().get(argument) instanceof Number size) {
                    items = Math.max(0, size.longValue());
                }
            }
            return (int) Math.min(ceiling, 1 + items * childComplexity);
        }

        /** A list inside a single result whose size argument caps it (a neighbourhood's nodes): the cap counted it. */
        private static boolean insideCappedResult(FieldComplexityEnvironment field) {
            FieldComplexityEnvironment parent = field.getParentEnvironment();
            if (parent == null || GraphQLTypeUtil.unwrapNonNull(parent.getFieldDefinition().getType()) instanceof GraphQLList) {
                return false;
            }
            return OperationLimitsInstrumentation.PAGE_SIZE_ARGUMENTS.stream()
                    .anyMatch(argument -> parent.getArguments().get(argument) instanceof Number);
        }
    }
}
