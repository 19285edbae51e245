package org.troika.change;

import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The relationship mutations, the erasure of a person, and the history. The mutations of each kind of stakeholder are generated and wired
 * by {@link ChangeWiring}.
 */
@Controller
class ChangeController {

    static final int DEFAULT_HISTORY = 50;

    private final RelationshipChanges relationships;
    private final ChangeLog log;
    private final PersonErasure erasure;

    ChangeController(RelationshipChanges relationships, ChangeLog log, PersonErasure erasure) {
        this.relationships = relationships;
        this.log = log;
        this.erasure = erasure;
    }

    @MutationMapping
    RelationshipPayload addRelationship(@Argument AddRelationshipInput input, GraphQLContext context) {
        return relationships.add(input, Actor.of(context));
    }

    @MutationMapping
    RelationshipPayload updateRelationship(@Argument UpdateRelationshipInput input, GraphQLContext context) {
        return relationships.update(input, Actor.of(context));
    }

    @MutationMapping
    DeleteRelationshipPayload deleteRelationship(@Argument DeleteRelationshipInput input, GraphQLContext context) {
        return relationships.delete(input, Actor.of(context));
    }

    @MutationMapping
    ErasePersonPayload erasePerson(@Argument String id, @Argument String reason, GraphQLContext context) {
        return erasure.erase(id, reason, Actor.of(context));
    }

    /** {@code first} is null when a client sends null rather than leaving it out. */
    @QueryMapping
    List<Change> history(@Argument String id, @Argument Integer first) {
        return log.history(id, first == null ? DEFAULT_HISTORY : first);
    }
}
