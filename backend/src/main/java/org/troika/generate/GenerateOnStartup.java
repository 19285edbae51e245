package org.troika.generate;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.troika.base.TroikaProperties;
import org.troika.seed.SeedLoader;

/**
 * Generates a synthetic city at start, before the app serves, when asked: by the properties
 * {@code troika.generate.scale} (environment {@code TROIKA_GENERATE_SCALE}) and
 * {@code troika.generate.seed}, or by the arguments {@code generate --scale N [--seed S]}.
 */
@Component
// Last of the start-up runners: the seed goes in first, whichever runner loads it.
@Order(Ordered.LOWEST_PRECEDENCE)
class GenerateOnStartup implements ApplicationRunner {

    static final long DEFAULT_SEED = 1;
    static final int MAX_SCALE = 1_000;

    private final CityLoader loader;
    private final SeedLoader seedLoader;
    private final TroikaProperties properties;
    private final int scale;
    private final long seed;

    GenerateOnStartup(CityLoader loader, SeedLoader seedLoader, TroikaProperties properties,
            @Value("${troika.generate.scale:0}") int scale, @Value("${troika.generate.seed:" + DEFAULT_SEED + "}") long seed) {
        this.loader = loader;
        this.seedLoader = seedLoader;
        this.properties = properties;
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long requestedScale = scale;
        long requestedSeed = seed;
        List<String> args = List.of(arguments.getSourceArgs());
        if (args.contains("generate")) {
            requestedScale = option(args, "scale", requestedScale == 0 ? 1 : requestedScale);
            requestedSeed = option(args, "seed", requestedSeed);
        }
        if (requestedScale < 0 || requestedScale > MAX_SCALE) {
            throw new IllegalArgumentException("The scale of a synthetic city must be from 0 (none) to " + MAX_SCALE
                    + " districts, not " + requestedScale);
        }
        if (requestedScale == 0) {
            return;
        }
        // The seed loads only into an empty graph by default: it must not find the synthetic city there first.
        if (properties.seed() == TroikaProperties.SeedMode.IF_EMPTY && seedLoader.graphIsEmpty()) {
            seedLoader.load();
        }
        loader.load((int) requestedScale, requestedSeed);
    }

    /** The value of {@code --name N} or {@code --name=N} among the arguments, or the fallback. */
    static long option(List<String> args, String name, long fallback) {
        String flag = "--" + name;
        String value = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(flag)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(flag + " needs a whole number after it");
                }
                value = args.get(i + 1);
            } else if (args.get(i).startsWith(flag + "=")) {
                value = args.get(i).substring(flag.length() + 1);
            }
        }
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number, not '" + value + "'", e);
        }
    }
}
