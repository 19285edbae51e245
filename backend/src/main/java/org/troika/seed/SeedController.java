package org.troika.seed;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.troika.access.Allowed;

@Controller
class SeedController {

    private final SeedLoader loader;

    SeedController(SeedLoader loader) {
        this.loader = loader;
    }

    @MutationMapping
    @PreAuthorize(Allowed.STAFF)
    SeedLoadReport loadSeed() {
        return loader.load();
    }
}
