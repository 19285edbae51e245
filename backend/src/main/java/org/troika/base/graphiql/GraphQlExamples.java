package org.troika.base.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The example queries of {@code graphql-examples/}, in file order: each file is one operation whose
 * first line, a comment, is its title. GraphiQL opens with them; docs/graphql.md shows the same ones.
 */
@Component
public class GraphQlExamples {

    /** One example: its title and the GraphQL document. */
    public record Example(String title, String query) {
    }

    private final List<Example> examples = load();

    public List<Example> all() {
        return examples;
    }

    private static List<Example> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql-examples/*.graphql");
            return Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(GraphQlExamples::example)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the GraphQL examples", e);
        }
    }

    private static Example example(Resource file) {
        try {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            String title = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
            return new Example(title, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.getFilename(), e);
        }
    }
}
