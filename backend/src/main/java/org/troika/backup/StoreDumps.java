package org.troika.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
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
            execute(out, absoluteHome.toString(), err -> new DumpCommand(context(absoluteHome, out, err, InputStream.nullInputStream())),
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
        // what a failed load leaves of a database that was not there before goes again
        List<Path> created = Stream.of("databases", "transactions")
                .map(folder -> absoluteHome.resolve("data").resolve(folder).resolve(DATABASE))
                .filter(folder -> !Files.exists(folder)).toList();
        try (InputStream in = Files.newInputStream(file)) {
            Files.createDirectories(absoluteHome);
            var arguments = Stream.of(DATABASE, "--from-stdin", overwrite ? "--overwrite-destination" : null)
                    .filter(argument -> argument != null).toArray(String[]::new);
            execute(out, file.toString(), err -> new LoadCommand(context(absoluteHome, out, err, in)), arguments);
        } catch (RuntimeException e) {
            created.stream().filter(Files::exists).forEach(StoreDumps::deleteRecursively);
            throw e;
        } catch (NoSuchFileException e) {
            throw new StoreDumpException("There is no dump file " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dump file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs a Neo4j admin command; Neo4j prints why it failed, and that message becomes the exception's. */
    private static void execute(PrintStream out, String source, Function<PrintStream, AbstractCommand> command,
            String... arguments) {
        var errors = new ByteArrayOutputStream();
        int status;
        try (var err = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
            AbstractCommand admin = command.apply(err);
            new CommandLine(admin).parseArgs(arguments);
            status = admin.call();
        } catch (Exception e) {
            throw new StoreDumpException(message(e), e);
        }
        List<String> printed = errors.toString(StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.contains("--verbose") && !line.matches("-+")
                        && !line.equals("Command Failed"))
                .map(line -> line.replace("reading from stdin reading from stdin", source).replace("reading from stdin", source))
                .distinct().toList();
        if (status != 0) {
            // the first line says why; the rest repeats it
            throw new StoreDumpException(printed.isEmpty() ? "Neo4j's command failed with status " + status : printed.getFirst());
        }
        printed.forEach(out::println);
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

    private static ExecutionContext context(Path home, PrintStream out, PrintStream err, InputStream in) {
        return new ExecutionContext(home, home.resolve("conf"), out, err, in, new DefaultFileSystemAbstraction());
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
