package org.troika.change;

import graphql.GraphQLContext;

/**
 * Who makes a change, as the history records it: a signed-in user ({@code authenticated}), or a name the request
 * only claims, or {@code anonymous}.
 */
public record Actor(String name, boolean authenticated) {

    /** Where {@link ActorInterceptor} leaves the actor in the GraphQL context of a request. */
    static final String CONTEXT_KEY = Actor.class.getName();

    static final Actor ANONYMOUS = new Actor("anonymous", false);

    /** The actor of a GraphQL request, {@link #ANONYMOUS} when none was set. */
    public static Actor of(GraphQLContext context) {
        Actor actor = context.get(CONTEXT_KEY);
        return actor == null ? ANONYMOUS : actor;
    }
}
