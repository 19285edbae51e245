package org.troika.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.troika.search.SearchKeys;
import org.troika.seed.AdminCsvHeader;
import org.troika.stakeholder.StakeholderKind;

/**
 * What an import may write, read from the headers of the seed's files ({@code seed/nodes/<kind>.csv},
 * {@code seed/relationships/<type>.csv}), the one place that lists each kind's and each type's typed columns.
 */
@Component
class ImportSchema {

    /** Stakeholder properties the graph keeps itself: an import accepts them in a file (an export writes them) and ignores them. */
    static final Set<String> KEPT_ON_STAKEHOLDERS = Set.of("kind", "version",
            SearchKeys.NAMES, SearchKeys.ALIASES, SearchKeys.PINYIN, SearchKeys.WORDS);
    /** Relationship properties the graph keeps itself ({@code version} is data of {@code EVALUATES}, not one of them). */
    static final Set<String> KEPT_ON_RELATIONSHIPS = Set.of("id", "revision");

    static Set<String> keptByTroika(boolean relationships) {
        return relationships ? KEPT_ON_RELATIONSHIPS : KEPT_ON_STAKEHOLDERS;
    }

    private static final String SEED = "seed";
    /** The group label every party organisation carries, as mutations give it. */
    static final String PARTY_GROUP_LABEL = "PartyOrganisation";

    /** Per kind label: its columns in the seed's order, {@code id:ID} and {@code :LABEL} first. */
    private final Map<String, List<AdminCsvHeader>> kinds = new LinkedHashMap<>();
    /** Per kind label: the labels a stakeholder of that kind may carry besides (group and role labels), as the seed has them. */
    private final Map<String, Set<String>> furtherLabels = new HashMap<>();
    /** Per relationship type: its columns, {@code :START_ID}, {@code :END_ID}, {@code :TYPE} first. */
    private final Map<String, List<AdminCsvHeader>> types = new TreeMap<>();

    ImportSchema() {
        for (StakeholderKind kind : StakeholderKind.values()) {
            String file = SEED + "/nodes/" + slug(kind.label()) + ".csv";
            kinds.put(kind.label(), header(file));
            java.util.SortedSet<String> further = new java.util.TreeSet<>(labelsBesidesKind(file));
            if (kind.group() == StakeholderKind.Group.PARTY) {
                further.add(PARTY_GROUP_LABEL);
            }
            furtherLabels.put(kind.label(), java.util.Collections.unmodifiableSortedSet(further));
        }
        for (Resource file : files(SEED + "/relationships")) {
            String type = file.getFilename().replace(".csv", "").toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            types.put(type, header(file));
        }
    }

    /** {@code OwnersCommittee} → {@code owners-committee}, the name of its seed file and template. */
    static String slug(String label) {
        return label.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    Optional<StakeholderKind> kindOfSlug(String slug) {
        return Arrays.stream(StakeholderKind.values()).filter(kind -> slug(kind.label()).equals(slug)).findFirst();
    }

    List<AdminCsvHeader> kindColumns(String kind) {
        return kinds.getOrDefault(kind, List.of());
    }

    /** The labels a stakeholder of this kind may carry besides its kind ({@code PartyOrganisation}, {@code Volunteer}). */
    Set<String> furtherLabels(String kind) {
        return furtherLabels.getOrDefault(kind, Set.of());
    }

    boolean isType(String type) {
        return types.containsKey(type);
    }

    /** The type of a kind's property, if the kind has it. */
    Optional<AdminCsvHeader> kindProperty(String kind, String property) {
        return property(kinds.get(kind), property);
    }

    /** The type of a relationship type's property, if the type has it. */
    Optional<AdminCsvHeader> typeProperty(String type, String property) {
        return property(types.get(type), property);
    }

    boolean anyKindHas(String property) {
        return kinds.values().stream().anyMatch(columns -> property(columns, property).isPresent());
    }

    boolean anyTypeHas(String property) {
        return types.values().stream().anyMatch(columns -> property(columns, property).isPresent());
    }

    /**
     * The columns of the one relationship template: the ends and the type, then every type's properties; a name that
     * types give different types ({@code since}: a date, a year on {@code REVIEWS}) takes the type most of them give.
     */
    List<AdminCsvHeader> relationshipColumns() {
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (List<AdminCsvHeader> columns : types.values()) {
            for (AdminCsvHeader column : columns) {
                if (column.role() == AdminCsvHeader.Role.PROPERTY) {
                    votes.computeIfAbsent(column.name(), name -> new HashMap<>()).merge(column.column(), 1, Integer::sum);
                }
            }
        }
        var columns = new java.util.ArrayList<>(List.of(AdminCsvHeader.START_ID, AdminCsvHeader.END_ID, AdminCsvHeader.TYPE));
        votes.values().forEach(counted -> columns.add(AdminCsvHeader.parse(counted.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey())));
        return List.copyOf(columns);
    }

    Set<String> relationshipTypes() {
        return types.keySet();
    }

    private static Optional<AdminCsvHeader> property(List<AdminCsvHeader> columns, String property) {
        if (columns == null) {
            return Optional.empty();
        }
        return columns.stream().filter(column -> column.role() == AdminCsvHeader.Role.PROPERTY && column.name().equals(property)).findFirst();
    }

    private static List<AdminCsvHeader> header(String path) {
        return header(new PathMatchingResourcePatternResolver().getResource("classpath:" + path));
    }

    private static List<AdminCsvHeader> header(Resource file) {
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line == null) {
                throw new IllegalStateException("The seed file " + file.getFilename() + " has no header");
            }
            return Arrays.stream(line.split(",")).map(AdminCsvHeader::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the header of " + file.getFilename(), e);
        }
    }

    /** The labels after the kind in the {@code :LABEL} column of a seed file. */
    private static Set<String> labelsBesidesKind(String path) {
        Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:" + path);
        Set<String> labels = new java.util.HashSet<>();
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
             var parser = org.apache.commons.csv.CSVParser.parse(reader, org.apache.commons.csv.CSVFormat.RFC4180.builder()
                     .setHeader().setSkipHeaderRecord(true).get())) {
            for (var record : parser) {
                List<String> row = Arrays.asList(record.get(":LABEL").split(AdminCsvHeader.ARRAY_DELIMITER));
                row.subList(1, row.size()).forEach(label -> labels.add(label.strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the labels of " + path, e);
        }
        return labels;
    }

    private static List<Resource> files(String folder) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.csv");
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
