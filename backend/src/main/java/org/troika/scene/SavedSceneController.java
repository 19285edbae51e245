package org.troika.scene;

import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
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
    SavedScene saveScene(@Argument String name, @Argument String address, GraphQLContext context) {
        return scenes.save(name, address, Actor.of(context).name());
    }

    @MutationMapping
    String deleteScene(@Argument String id) {
        scenes.delete(id);
        return id;
    }
}
