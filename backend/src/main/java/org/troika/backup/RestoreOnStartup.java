package org.troika.backup;

import java.nio.file.Path;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Restores the backup named by {@code troika.restore.from} (environment {@code TROIKA_RESTORE_FROM}) at start,
 * once the migrations have run and before any start-up runner (search keys, seed, generator) writes or the app
 * serves: the seed then finds the graph full and does not load. A database that is not empty stops the start
 * unless {@code troika.restore.replace=true}; so does a file that is not a whole backup.
 */
@Component
class RestoreOnStartup implements SmartInitializingSingleton {

    private final GraphRestore restore;
    private final String from;
    private final boolean replace;

    RestoreOnStartup(GraphRestore restore, @Value("${troika.restore.from:}") String from,
            @Value("${troika.restore.replace:false}") boolean replace) {
        this.restore = restore;
        this.from = from;
        this.replace = replace;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!from.isBlank()) {
            restore.restore(Path.of(from.strip()), replace);
        }
    }
}
