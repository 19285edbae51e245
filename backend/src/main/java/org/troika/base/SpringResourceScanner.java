package org.troika.base;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds migration scripts with Spring's resolver, which also reads them inside the runnable jar's nested jars. */
final class SpringResourceScanner implements ClasspathResourceScanner {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Override
    public List<URL> scan(List<String> locations) {
        List<URL> found = new ArrayList<>();
        for (String location : locations) {
            String path = location.replaceFirst("^classpath:", "").replaceFirst("^/", "");
            try {
                for (Resource resource : resolver.getResources("classpath*:" + path + "/**/*.cypher")) {
                    if (resource.isReadable()) {
                        found.add(resource.getURL());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the migrations in " + location, e);
            }
        }
        return found;
    }
}
