package org.troika.tour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The tour files: the {@code *.yaml} and {@code *.yml} files of the tours directory, or, when that
 * directory does not exist (a packaged application run elsewhere), the tours shipped on the classpath.
 * Other files, such as {@code TEMPLATE.yaml.example}, are never read as tours.
 */
final class TourDirectory {

    private static final String SHIPPED = "classpath*:seed/tours/*.y*ml";

    private final Path dir;

    TourDirectory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** A tour file: its name, and where to read it. */
    record TourFile(String name, Resource resource) {
    }

    List<TourFile> files() {
        if (Files.isDirectory(dir)) {
            return paths().map(path -> new TourFile(path.getFileName().toString(), new FileSystemResource(path))).toList();
        }
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(SHIPPED))
                    .filter(resource -> resource.getFilename() != null && isTour(resource.getFilename()))
                    .map(resource -> new TourFile(resource.getFilename(), resource))
                    .sorted(Comparator.comparing(TourFile::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the tours shipped with the application", e);
        }
    }

    /**
     * What changes when a tour file is added, removed or written: the names, times and sizes of the
     * directory's tour files; a constant for the shipped tours, which do not change while running.
     */
    String fingerprint() {
        if (!Files.isDirectory(dir)) {
            return "shipped";
        }
        return paths().map(path -> {
            try {
                return path.getFileName() + "@" + Files.getLastModifiedTime(path).toMillis() + "/" + Files.size(path);
            } catch (IOException e) {
                return path.getFileName() + "@unreadable";
            }
        }).collect(Collectors.joining(";", "dir:", ""));
    }

    String description() {
        return Files.isDirectory(dir) ? dir.toString() : "the tours shipped with the application (" + dir + " does not exist)";
    }

    private Stream<Path> paths() {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(Files::isRegularFile)
                    .filter(path -> isTour(path.getFileName().toString()))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the tours directory " + dir, e);
        }
    }

    private static boolean isTour(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
