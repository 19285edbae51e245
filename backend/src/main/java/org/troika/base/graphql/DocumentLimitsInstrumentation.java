package org.troika.base.graphql;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import java.util.List;

/**
 * Limits what a document may carry before graphql-java spends work on it: its length before it is
 * parsed, its operations and aliases before it is validated (validating an alias flood is itself
 * expensive, which is how such floods attack a server).
 */
final class DocumentLimitsInstrumentation extends SimplePerformantInstrumentation {

    private final GraphQlLimits limits;

    DocumentLimitsInstrumentation(GraphQlLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        String query = parameters.getQuery();
        int length = query == null ? 0 : query.length();
        if (length > limits.maxQueryLength()) {
            throw new LimitExceededException("The document is " + length + " characters long, more than the maximum of "
                    + limits.maxQueryLength(), "max-query-length", limits.maxQueryLength());
        }
        return super.beginParse(parameters, state);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        Document document = parameters.getDocument();
        long operations = document.getDefinitionsOfType(OperationDefinition.class).size();
        if (operations > limits.maxOperations()) {
            throw new LimitExceededException("The document has " + operations + " operations, more than the maximum of "
                    + limits.maxOperations() + " (a request executes one of them)",
                    "max-operations", limits.maxOperations());
        }
        int aliases = countAliases(document);
        if (aliases > limits.maxAliases()) {
            throw new LimitExceededException("The document has " + aliases + " aliases, more than the maximum of "
                    + limits.maxAliases(), "max-aliases", limits.maxAliases());
        }
        return super.beginValidation(parameters, state);
    }

    /** Every aliased field as written, in operations and fragments alike. */
    private static int countAliases(Document document) {
        int[] aliases = {0};
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field field, TraverserContext<Node> context) {
                if (field.getAlias() != null) {
                    aliases[0]++;
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return aliases[0];
    }
}
