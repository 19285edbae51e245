package org.troika.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.troika.stakeholder.StakeholderKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The terms of {@code seed/glossary.yaml}, validated when read: a term without its Chinese, pinyin,
 * English or either explanation, a repeated id, or a kind that {@link StakeholderKind} does not know
 * stops the load with an error naming the file, the term and the problem.
 */
@Component
public class Glossary {

    static final String LOCATION = "seed/glossary.yaml";

    private final List<GlossaryTerm> terms;
    private final Map<String, GlossaryTerm> byId;

    Glossary() {
        this(new ClassPathResource(LOCATION));
    }

    Glossary(Resource file) {
        this.terms = read(file);
        this.byId = terms.stream().collect(Collectors.toUnmodifiableMap(GlossaryTerm::id, Function.identity()));
    }

    /** Every term, in the order of the file. */
    public List<GlossaryTerm> terms() {
        return terms;
    }

    public Optional<GlossaryTerm> term(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The terms that name stakeholders of one kind.
     *
     * @param kindLabel a kind label of {@link StakeholderKind} ({@code OwnersCommittee})
     * @throws IllegalArgumentException when no kind has that label
     */
    public List<GlossaryTerm> termsForKind(String kindLabel) {
        if (StakeholderKind.ofLabel(kindLabel).isEmpty()) {
            throw new IllegalArgumentException("Unknown stakeholder kind '" + kindLabel + "'");
        }
        return terms.stream().filter(term -> term.kinds().contains(kindLabel)).toList();
    }

    private static List<GlossaryTerm> read(Resource file) {
        var mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<GlossaryTerm> terms;
        try (InputStream in = file.getInputStream()) {
            GlossaryFile parsed = mapper.readValue(in, GlossaryFile.class);
            terms = parsed == null || parsed.terms() == null ? List.of() : parsed.terms();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the glossary " + file.getDescription(), e);
        } catch (JacksonException e) {
            throw new IllegalStateException("The glossary " + file.getDescription() + " is not valid YAML: "
                    + e.getOriginalMessage(), e);
        }
        List<String> problems = problems(terms);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The glossary " + file.getDescription() + " has errors:\n  "
                    + String.join("\n  ", problems));
        }
        return List.copyOf(terms);
    }

    private static List<String> problems(List<GlossaryTerm> terms) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            GlossaryTerm term = terms.get(i);
            String name = "term " + (i + 1) + (blank(term.id()) ? "" : " '" + term.id() + "'");
            if (blank(term.id())) {
                problems.add(name + ": has no id");
            } else if (!ids.add(term.id())) {
                problems.add(name + ": the id is used by an earlier term");
            }
            Map.of("zh", nullToEmpty(term.zh()), "pinyin", nullToEmpty(term.pinyin()), "en", nullToEmpty(term.en()),
                            "explanationZh", nullToEmpty(term.explanationZh()),
                            "explanationEn", nullToEmpty(term.explanationEn()))
                    .entrySet().stream().filter(field -> field.getValue().isBlank()).map(Map.Entry::getKey).sorted()
                    .forEach(field -> problems.add(name + ": missing " + field));
            for (String kind : term.kinds()) {
                if (StakeholderKind.ofLabel(kind).isEmpty()) {
                    problems.add(name + ": unknown stakeholder kind '" + kind + "'");
                }
            }
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private record GlossaryFile(List<GlossaryTerm> terms) {
    }
}
