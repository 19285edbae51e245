package org.troika.seed;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class SeedController {

    private final SeedLoader loader;

    SeedController(SeedLoader loader) {
        this.loader = loader;
    }

    @MutationMapping
    SeedLoadReport loadSeed() {
        return loader.load();
    }
}
