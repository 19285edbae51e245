package org.troika.fact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The facts of {@code seed/facts.yaml}: what provenance cites and what the fact check recomputes. */
@Component
public class FactBook {

    static final String LOCATION = "seed/facts.yaml";

    private final List<Fact> facts;

    public FactBook() {
        this.facts = read();
    }

    public List<Fact> facts() {
        return facts;
    }

    public Optional<Fact> fact(String id) {
        return facts.stream().filter(fact -> fact.id().equals(id)).findFirst();
    }

    private static List<Fact> read() {
        var mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return List.copyOf(mapper.readValue(in, FactFile.class).facts());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }

    private record FactFile(List<Fact> facts) {
    }
}
