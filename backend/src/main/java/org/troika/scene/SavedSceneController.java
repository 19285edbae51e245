package org.troika.scene;

import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.troika.access.Allowed;
import org.troika.access.CurrentRole;
import org.troika.access.Role;
import org.troika.change.Actor;

@Controller
class SavedSceneController {

    private final SavedScenes scenes;

    SavedSceneController(SavedScenes scenes) {
        this.scenes = scenes;
    }

    @QueryMapping
    List<SavedScene> savedScenes() {
        return scenes.list();
    }

    @MutationMapping
    @PreAuthorize(Allowed.RESEARCHER)
    SavedScene saveScene(@Argument String name, @Argument String address, GraphQLContext context) {
        return scenes.save(name, address, Actor.of(context).name());
    }

    /** Researchers and staff delete the scenes they saved; admins any. */
    @MutationMapping
    @PreAuthorize(Allowed.RESEARCHER)
    String deleteScene(@Argument String id, GraphQLContext context) {
        scenes.delete(id, Actor.of(context).name(), CurrentRole.isAtLeast(Role.ADMIN));
        return id;
    }
}
