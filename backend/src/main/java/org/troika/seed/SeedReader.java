package org.troika.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.troika.stakeholder.StakeholderKind;

/** Reads and validates the CSV files of {@code seed/nodes} and {@code seed/relationships}. */
final class SeedReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private final List<String> problems = new ArrayList<>();

    SeedData read(String root) {
        List<SeedNode> nodes = new ArrayList<>();
        List<SeedRelationship> relationships = new ArrayList<>();
        for (Resource file : files(root + "/nodes")) {
            forEachRow(root + "/nodes/", file, (location, row) -> node(location, row).ifPresent(nodes::add));
        }
        for (Resource file : files(root + "/relationships")) {
            forEachRow(root + "/relationships/", file, (location, row) -> relationship(location, row).ifPresent(relationships::add));
        }
        if (nodes.isEmpty()) {
            problems.add(root + "/nodes: no stakeholders found");
        }
        checkIdentities(root, nodes, relationships);
        if (!problems.isEmpty()) {
            throw new SeedFormatException(problems);
        }
        return new SeedData(List.copyOf(nodes), List.copyOf(relationships));
    }

    private Optional<SeedNode> node(String location, Map<AdminCsvHeader, String> row) {
        String id = null;
        List<String> labels = List.of();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (var cell : row.entrySet()) {
            AdminCsvHeader column = cell.getKey();
            switch (column.role()) {
                case ID -> id = cell.getValue();
                case LABEL -> labels = labels(cell.getValue());
                case PROPERTY -> put(properties, location, column, cell.getValue());
                default -> problems.add(location + ": column " + column.name() + " does not belong in a node file");
            }
        }
        if (id == null || id.isBlank()) {
            problems.add(location + ": column id: missing id");
            return Optional.empty();
        }
        if (labels.isEmpty()) {
            problems.add(location + ": column :LABEL: no kind label for " + id);
            return Optional.empty();
        }
        if (StakeholderKind.ofLabel(labels.getFirst()).isEmpty()) {
            problems.add(location + ": column :LABEL: unknown kind '" + labels.getFirst() + "' for " + id);
        }
        requireProvenance(location, id, properties);
        properties.put("id", id);
        properties.put("kind", labels.getFirst());
        return Optional.of(new SeedNode(id, labels, properties));
    }

    private Optional<SeedRelationship> relationship(String location, Map<AdminCsvHeader, String> row) {
        String start = null;
        String end = null;
        String type = null;
        Map<String, Object> properties = new LinkedHashMap<>();
        for (var cell : row.entrySet()) {
            AdminCsvHeader column = cell.getKey();
            switch (column.role()) {
                case START_ID -> start = cell.getValue();
                case END_ID -> end = cell.getValue();
                case TYPE -> type = cell.getValue();
                case PROPERTY -> put(properties, location, column, cell.getValue());
                default -> problems.add(location + ": column " + column.name() + " does not belong in a relationship file");
            }
        }
        if (blank(start) || blank(end) || blank(type)) {
            problems.add(location + ": a relationship needs :START_ID, :END_ID and :TYPE");
            return Optional.empty();
        }
        if (!type.matches("[A-Z][A-Z_]*")) {
            problems.add(location + ": column :TYPE: '" + type + "' is not an UPPER_SNAKE relationship type");
            return Optional.empty();
        }
        var relationship = new SeedRelationship(start, type, end, properties);
        requireProvenance(location, relationship.id(), properties);
        properties.put("id", relationship.id());
        return Optional.of(relationship);
    }

    private void checkIdentities(String root, List<SeedNode> nodes, List<SeedRelationship> relationships) {
        Set<String> ids = new HashSet<>();
        for (SeedNode node : nodes) {
            if (!ids.add(node.id())) {
                problems.add(root + "/nodes: duplicate id " + node.id());
            }
        }
        Set<String> relationshipIds = new HashSet<>();
        for (SeedRelationship relationship : relationships) {
            if (!relationshipIds.add(relationship.id())) {
                problems.add(root + "/relationships: duplicate relationship " + relationship.id());
            }
            for (String endpoint : List.of(relationship.start(), relationship.end())) {
                if (!ids.contains(endpoint)) {
                    problems.add(root + "/relationships: " + relationship.id() + " refers to unknown id " + endpoint);
                }
            }
        }
    }

    private void put(Map<String, Object> properties, String location, AdminCsvHeader column, String cell) {
        try {
            Object value = column.value(cell);
            if (value != null) {
                properties.put(column.name(), value);
            }
        } catch (IllegalArgumentException e) {
            problems.add(location + ": column " + column.name() + ": " + e.getMessage());
        }
    }

    private void requireProvenance(String location, String id, Map<String, Object> properties) {
        if (!(properties.get("provenance") instanceof List<?> provenance) || provenance.isEmpty()) {
            problems.add(location + ": column provenance: " + id + " has no provenance");
        }
    }

    private static List<String> labels(String cell) {
        return Arrays.stream(cell.split(AdminCsvHeader.ARRAY_DELIMITER)).map(String::strip)
                .filter(label -> !label.isEmpty()).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private interface RowHandler {
        void handle(String location, Map<AdminCsvHeader, String> row);
    }

    private void forEachRow(String folder, Resource file, RowHandler handler) {
        String name = folder + file.getFilename();
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<AdminCsvHeader> headers = new ArrayList<>();
            for (String column : parser.getHeaderNames()) {
                try {
                    headers.add(AdminCsvHeader.parse(column));
                } catch (IllegalArgumentException e) {
                    problems.add(name + ": header: " + e.getMessage());
                    return;
                }
            }
            for (CSVRecord record : parser) {
                String location = name + " row " + (record.getRecordNumber() + 1);
                if (record.size() != headers.size()) {
                    problems.add(location + ": " + record.size() + " cells for " + headers.size() + " columns");
                    continue;
                }
                Map<AdminCsvHeader, String> row = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    row.put(headers.get(i), record.get(i));
                }
                handler.handle(location, row);
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(name + ": cannot be read: " + e.getMessage());
        }
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
