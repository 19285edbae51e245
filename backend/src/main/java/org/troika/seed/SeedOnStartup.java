package org.troika.seed;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.troika.base.TroikaProperties;

/** Loads the seed at start: into an empty graph by default, always or never when so configured. */
@Component
class SeedOnStartup implements ApplicationRunner {

    private final SeedLoader loader;
    private final TroikaProperties properties;

    SeedOnStartup(SeedLoader loader, TroikaProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        switch (properties.seed()) {
            case ALWAYS -> loader.load();
            case IF_EMPTY -> {
                if (loader.graphIsEmpty()) {
                    loader.load();
                }
            }
            case NEVER -> { }
        }
    }
}
