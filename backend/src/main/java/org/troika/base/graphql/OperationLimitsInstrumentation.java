package org.troika.base.graphql;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.util.TraversalControl;
import java.util.Map;
import java.util.Set;

/**
 * Limits the operation about to execute, with its variables applied: how deeply its fields nest
 * and how large a page any field asks for ({@code first}, {@code last} or {@code limit}).
 * Introspection fields ({@code __schema}, {@code __type}, {@code __typename}) are left to graphql-java's
 * own good-faith introspection check, so that GraphiQL's schema query, 13 to 15 fields deep, still works.
 */
final class OperationLimitsInstrumentation extends SimplePerformantInstrumentation {

    /** The arguments that ask for a page of a list. */
    static final Set<String> PAGE_SIZE_ARGUMENTS = Set.of("first", "last", "limit");
    /** Fields whose size argument is not a page but a cap of their own, which their service enforces (2,500 stakeholders). */
    static final Set<String> FIELDS_WITH_OWN_CAP = Set.of("neighbourhood");

    private final GraphQlLimits limits;

    OperationLimitsInstrumentation(GraphQlLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        var shape = new Shape();
        traverser(parameters.getExecutionContext()).visitPreOrder(shape);
        if (shape.depth > limits.maxDepth()) {
            throw new LimitExceededException("Query depth " + shape.depth + " exceeds the maximum of " + limits.maxDepth(),
                    "max-depth", limits.maxDepth());
        }
        if (shape.pageSizeError != null) {
            throw new LimitExceededException(shape.pageSizeError, "max-page-size", limits.maxPageSize());
        }
        return super.beginExecuteOperation(parameters, state);
    }

    static QueryTraverser traverser(ExecutionContext context) {
        return QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .coercedVariables(context.getCoercedVariables())
                .build();
    }

    static boolean isIntrospection(QueryVisitorFieldEnvironment field) {
        return field.getField().getName().startsWith("__");
    }

    private final class Shape extends QueryVisitorStub {

        int depth;
        String pageSizeError;

        @Override
        public TraversalControl visitFieldWithControl(QueryVisitorFieldEnvironment field) {
            if (isIntrospection(field)) {
                return TraversalControl.ABORT;
            }
            depth = Math.max(depth, depthOf(field));
            if (pageSizeError == null) {
                pageSizeError = checkPageSize(field);
            }
            return TraversalControl.CONTINUE;
        }

        private String checkPageSize(QueryVisitorFieldEnvironment field) {
            boolean ownCap = FIELDS_WITH_OWN_CAP.contains(field.getField().getName());
            for (Map.Entry<String, Object> argument : field.getArguments().entrySet()) {
                if (PAGE_SIZE_ARGUMENTS.contains(argument.getKey()) && argument.getValue() instanceof Number number) {
                    long size = number.longValue();
                    String where = "Argument '" + argument.getKey() + "' of field '" + field.getField().getName() + "'";
                    if (size < 0) {
                        return where + " is " + size + ", but a page size cannot be negative";
                    }
                    if (size > limits.maxPageSize() && !ownCap) {
                        return where + " is " + size + ", more than the maximum page size of " + limits.maxPageSize();
                    }
                }
            }
            return null;
        }

        private static int depthOf(QueryVisitorFieldEnvironment field) {
            int depth = 1;
            for (var parent = field.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
                depth++;
            }
            return depth;
        }
    }
}
