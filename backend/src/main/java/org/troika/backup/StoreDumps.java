package org.troika.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.cli.AbstractCommand;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.dbms.DumpCommand;
import org.neo4j.commandline.dbms.LoadCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Dumps and loads the stopped embedded database with Neo4j's own {@code neo4j-admin database dump} and
 * {@code load} commands, so the file is a Neo4j dump that a Neo4j server's {@code neo4j-admin database load}
 * reads too. The data directory is a Neo4j home: its store is {@code data/databases/neo4j} with its transaction
 * logs in {@code data/transactions/neo4j}. Neo4j refuses a database that is in use.
 */
final class StoreDumps {

    /** The one database of Troika's data, Neo4j's default. */
    static final String DATABASE = "neo4j";

    private StoreDumps() {
    }

    /**
     * Dumps the database of the data directory {@code home} to {@code target}.
     *
     * @throws StoreDumpException naming the problem: no database there, the database in use, the target exists
     */
    static void dump(Path home, Path target, boolean overwrite, PrintStream out) {
        Path absoluteHome = home.toAbsolutePath().normalize();
        Path file = target.toAbsolutePath().normalize();
        if (!Files.isDirectory(absoluteHome.resolve("data").resolve("databases").resolve(DATABASE))) {
            throw new StoreDumpException("There is no Troika database in the data directory " + absoluteHome);
        }
        if (Files.exists(file) && !overwrite) {
            throw new StoreDumpException("The dump file " + file + " already exists; add --overwrite to replace it");
        }
        Path directory = createTemporaryDirectory(file.getParent());
        try {
            execute(new DumpCommand(context(absoluteHome, out, InputStream.nullInputStream())),
                    DATABASE, "--to-path=" + directory);
            Files.move(directory.resolve(DATABASE + ".dump"), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dump file " + file + ": " + e.getMessage(), e);
        } finally {
            deleteRecursively(directory);
        }
    }

    /**
     * Loads the dump {@code source} as the database of the data directory {@code home}.
     *
     * @param overwrite replace a database that is there; without it an existing database is refused
     * @throws StoreDumpException naming the problem: no such file, not a dump, the database in use or present
     */
    static void load(Path home, Path source, boolean overwrite, PrintStream out) {
        Path absoluteHome = home.toAbsolutePath().normalize();
        Path file = source.toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(file)) {
            Files.createDirectories(absoluteHome);
            var arguments = Stream.of(DATABASE, "--from-stdin", overwrite ? "--overwrite-destination" : null)
                    .filter(argument -> argument != null).toArray(String[]::new);
            execute(new LoadCommand(context(absoluteHome, out, in)), arguments);
        } catch (NoSuchFileException e) {
            throw new StoreDumpException("There is no dump file " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dump file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void execute(AbstractCommand command, String... arguments) {
        new CommandLine(command).parseArgs(arguments);
        try {
            command.call();
        } catch (Exception e) {
            throw new StoreDumpException(message(e), e);
        }
    }

    /** Neo4j's message, which names the problem ("The database is in use. Stop database 'neo4j' and try again."). */
    private static String message(Throwable error) {
        StringBuilder message = new StringBuilder();
        for (Throwable cause = error; cause != null && message.length() < 1_000; cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(message.isEmpty() ? "" : ": ").append(cause.getMessage());
            }
        }
        return message.isEmpty() ? error.getClass().getSimpleName() : message.toString();
    }

    private static ExecutionContext context(Path home, PrintStream out, InputStream in) {
        return new ExecutionContext(home, home.resolve("conf"), out, out, in, new DefaultFileSystemAbstraction());
    }

    private static Path createTemporaryDirectory(Path parent) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, ".troika-dump-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write in " + parent + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory + ": " + e.getMessage(), e);
        }
    }
}
