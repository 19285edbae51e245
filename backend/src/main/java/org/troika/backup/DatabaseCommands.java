package org.troika.backup;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The offline commands of the runnable jar, run instead of the app and without starting the database:
 * {@code dump --to FILE [--overwrite]} writes a Neo4j dump of the stopped database, and
 * {@code load --from FILE [--overwrite]} makes a dump the database. The data directory is Troika's:
 * {@code --troika.data-dir=DIR}, else the environment's {@code TROIKA_DATA_DIR}, else {@code data}.
 */
public final class DatabaseCommands {

    private DatabaseCommands() {
    }

    /**
     * Runs the command the arguments name, printing what it does and any error to {@code out}.
     *
     * @return the exit status (0 when it succeeded), or empty when the arguments name no such command
     */
    public static OptionalInt run(String[] arguments, Map<String, String> environment, PrintStream out) {
        List<String> args = List.of(arguments);
        if (args.isEmpty() || !List.of("dump", "load").contains(args.getFirst())) {
            return OptionalInt.empty();
        }
        try {
            Path home = dataDirectory(args, environment);
            boolean overwrite = args.contains("--overwrite");
            if (args.getFirst().equals("dump")) {
                Path target = Path.of(required(args, "--to", "dump --to FILE [--overwrite]"));
                out.println("Dumping the database of " + home.toAbsolutePath().normalize() + " to " + target);
                StoreDumps.dump(home, target, overwrite, out);
                out.println("Dumped to " + target.toAbsolutePath().normalize());
            } else {
                Path source = Path.of(required(args, "--from", "load --from FILE [--overwrite]"));
                out.println("Loading " + source + " as the database of " + home.toAbsolutePath().normalize());
                StoreDumps.load(home, source, overwrite, out);
                out.println("Loaded; start Troika with this data directory");
            }
            return OptionalInt.of(0);
        } catch (StoreDumpException | IllegalArgumentException | UncheckedIOException e) {
            out.println("Troika " + args.getFirst() + " failed: " + e.getMessage());
            return OptionalInt.of(1);
        }
    }

    static Path dataDirectory(List<String> args, Map<String, String> environment) {
        for (String arg : args) {
            if (arg.startsWith("--troika.data-dir=")) {
                return Path.of(arg.substring("--troika.data-dir=".length()));
            }
        }
        String fromEnvironment = environment.get("TROIKA_DATA_DIR");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "data" : fromEnvironment);
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}. */
    private static String required(List<String> args, String name, String usage) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (args.get(i).startsWith(name + "=")) {
                return args.get(i).substring(name.length() + 1);
            }
        }
        throw new IllegalArgumentException(name + " FILE is missing; use: java -jar troika.jar " + usage);
    }
}
