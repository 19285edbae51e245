package org.troika.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.troika.access.PersonalData;
import org.troika.seed.AdminCsvHeader;
import org.troika.stakeholder.StakeholderKind;

/**
 * Reads the tables of an upload into stakeholders and relationships, checking all that needs no database: the
 * header, kinds and types, ids, the type of every cell, duplicates. A table with {@code :START_ID} holds
 * relationships, one with {@code id:ID} stakeholders. A property column takes the type the kind (or relationship
 * type) gives its property, whatever the header says, so that {@code founded} and {@code founded:int} read alike.
 */
final class ImportParser {

    private static final String STAKEHOLDER = "Stakeholder";

    private final ImportSchema schema;
    private final List<ImportRecords.Node> nodes = new ArrayList<>();
    private final List<ImportRecords.Relationship> relationships = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private ImportParser(ImportSchema schema) {
        this.schema = schema;
    }

    static ImportRecords parse(List<ImportTable> tables, ImportSchema schema) {
        var parser = new ImportParser(schema);
        tables.forEach(parser::table);
        parser.duplicates();
        return new ImportRecords(parser.nodes, parser.relationships, parser.problems);
    }

    private record Column(int index, String cell, AdminCsvHeader header) {
    }

    /** The longest value a cell may hold; a name or a note of megabytes is a broken or hostile file, not data. */
    static final int MAX_CELL_LENGTH = 10_000;

    /** Reports each cell of the row longer than {@link #MAX_CELL_LENGTH}; the row is then left out. */
    private boolean hasOverlongCell(ImportTable table, ImportTable.Row row) {
        boolean overlong = false;
        for (int i = 0; i < row.cells().size(); i++) {
            int length = row.cells().get(i).length();
            if (length > MAX_CELL_LENGTH) {
                String column = i < table.header().size() ? table.header().get(i) : "column " + (i + 1);
                problems.add(new ImportProblem(table.name(), row.number(), column,
                        "the value is " + length + " characters long, more than the " + MAX_CELL_LENGTH + " a cell may hold"));
                overlong = true;
            }
        }
        return overlong;
    }

    private void table(ImportTable table) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            String cell = table.header().get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            try {
                columns.add(new Column(i, cell, AdminCsvHeader.parse(cell)));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(table.name(), 1, cell, "unknown column: " + e.getMessage()));
            }
        }
        boolean relationshipTable = columns.stream().anyMatch(column -> column.header().role() == AdminCsvHeader.Role.START_ID);
        boolean nodeTable = columns.stream().anyMatch(column -> column.header().role() == AdminCsvHeader.Role.ID);
        if (!relationshipTable && !nodeTable) {
            problems.add(new ImportProblem(table.name(), 1, "",
                    "no id:ID column (a stakeholder table) and no :START_ID column (a relationship table)"));
            return;
        }
        List<Column> known = knownColumns(table, columns, relationshipTable);
        for (ImportTable.Row row : table.rows()) {
            var place = new ImportRecords.Place(table.name(), row.number());
            if (hasOverlongCell(table, row)) {
                continue;
            }
            if (relationshipTable) {
                relationship(place, known, row.cells());
            } else {
                node(place, table.baseName(), known, row.cells());
            }
        }
    }

    /** The columns the table's rows are read from; every other column is reported once, on the header row. */
    private List<Column> knownColumns(ImportTable table, List<Column> columns, boolean relationshipTable) {
        List<Column> known = new ArrayList<>();
        for (Column column : columns) {
            AdminCsvHeader header = column.header();
            boolean fits = switch (header.role()) {
                case ID, LABEL -> !relationshipTable;
                case START_ID, END_ID, TYPE -> relationshipTable;
                case PROPERTY -> ImportSchema.keptByTroika(relationshipTable).contains(header.name())
                        || (relationshipTable ? schema.anyTypeHas(header.name()) : schema.anyKindHas(header.name()));
            };
            if (fits) {
                known.add(column);
            } else {
                problems.add(new ImportProblem(table.name(), 1, column.cell(), "unknown column '" + column.cell() + "' in a "
                        + (relationshipTable ? "relationship" : "stakeholder") + " table"));
            }
        }
        return known;
    }

    private void node(ImportRecords.Place place, String baseName, List<Column> columns, List<String> cells) {
        String id = null;
        String idColumn = "id:ID";
        String labelColumn = ":LABEL";
        List<String> labels = List.of();
        for (Column column : columns) {
            switch (column.header().role()) {
                case ID -> {
                    id = cell(cells, column).strip();
                    idColumn = column.cell();
                }
                case LABEL -> {
                    labels = Arrays.stream(cell(cells, column).split(AdminCsvHeader.ARRAY_DELIMITER)).map(String::strip)
                            .filter(label -> !label.isEmpty() && !label.equals(STAKEHOLDER)).toList();
                    labelColumn = column.cell();
                }
                default -> {
                }
            }
        }
        if (id == null || id.isEmpty()) {
            problems.add(place.problem(idColumn, "missing id"));
            return;
        }
        if (labels.isEmpty()) {
            Optional<StakeholderKind> named = schema.kindOfSlug(baseName);
            if (named.isEmpty()) {
                problems.add(place.problem(labelColumn, "missing kind: give a kind label such as Estate"));
                return;
            }
            labels = List.of(named.get().label());
        }
        String kind = labels.getFirst();
        if (StakeholderKind.ofLabel(kind).isEmpty()) {
            problems.add(place.problem(labelColumn, "unknown kind '" + kind + "'"));
            return;
        }
        for (String label : labels.subList(1, labels.size())) {
            if (!schema.furtherLabels(kind).contains(label)) {
                problems.add(place.problem(labelColumn, "unknown label '" + label + "' for a " + kind
                        + (schema.furtherLabels(kind).isEmpty() ? ", which takes none" : ": give " + String.join(", ", schema.furtherLabels(kind)))));
            }
        }
        if (schema.furtherLabels(kind).contains(ImportSchema.PARTY_GROUP_LABEL) && !labels.contains(ImportSchema.PARTY_GROUP_LABEL)) {
            labels = new ArrayList<>(labels);
            labels.add(ImportSchema.PARTY_GROUP_LABEL);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Column column : columns) {
            if (column.header().role() == AdminCsvHeader.Role.PROPERTY && !ImportSchema.KEPT_ON_STAKEHOLDERS.contains(column.header().name())) {
                property(place, column, cell(cells, column), schema.kindProperty(kind, column.header().name()), kind, properties);
            }
        }
        nodes.add(new ImportRecords.Node(place, labelColumn, id, kind, List.copyOf(labels), properties));
    }

    private void relationship(ImportRecords.Place place, List<Column> columns, List<String> cells) {
        Map<AdminCsvHeader.Role, String> ends = new HashMap<>();
        Map<AdminCsvHeader.Role, String> headers = new HashMap<>();
        for (Column column : columns) {
            if (column.header().role() != AdminCsvHeader.Role.PROPERTY) {
                ends.put(column.header().role(), cell(cells, column).strip());
                headers.put(column.header().role(), column.cell());
            }
        }
        boolean complete = true;
        for (var role : List.of(AdminCsvHeader.Role.START_ID, AdminCsvHeader.Role.END_ID, AdminCsvHeader.Role.TYPE)) {
            if (ends.getOrDefault(role, "").isEmpty()) {
                String header = headers.getOrDefault(role, ":" + role.name());
                problems.add(place.problem(header, "missing " + switch (role) {
                    case START_ID -> "start id";
                    case END_ID -> "end id";
                    default -> "relationship type";
                }));
                complete = false;
            }
        }
        if (!complete) {
            return;
        }
        String type = ends.get(AdminCsvHeader.Role.TYPE);
        if (!schema.isType(type)) {
            problems.add(place.problem(headers.get(AdminCsvHeader.Role.TYPE), "unknown relationship type '" + type + "'"));
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Column column : columns) {
            if (column.header().role() == AdminCsvHeader.Role.PROPERTY && !ImportSchema.KEPT_ON_RELATIONSHIPS.contains(column.header().name())) {
                property(place, column, cell(cells, column), schema.typeProperty(type, column.header().name()), type, properties);
            }
        }
        relationships.add(new ImportRecords.Relationship(place, headers.get(AdminCsvHeader.Role.START_ID),
                headers.get(AdminCsvHeader.Role.END_ID), ends.get(AdminCsvHeader.Role.START_ID), type,
                ends.get(AdminCsvHeader.Role.END_ID), properties));
    }

    /** Reads a cell with the type its kind or relationship type gives the property; an empty cell stands for no property. */
    private void property(ImportRecords.Place place, Column column, String cell, Optional<AdminCsvHeader> known, String owner,
                          Map<String, Object> properties) {
        String name = column.header().name();
        if (known.isEmpty()) {
            if (!cell.isBlank()) {
                problems.add(place.problem(column.cell(), "unknown column: a " + owner + " has no property '" + name + "'"));
            }
            return;
        }
        try {
            Object value = known.get().value(cell.strip());
            if ("phone".equals(name) && value instanceof String phone) {
                var problem = PersonalData.phoneProblem(phone);
                if (problem.isPresent()) {
                    problems.add(place.problem(column.cell(), problem.get()));
                    return;
                }
            }
            properties.put(name, value);
        } catch (IllegalArgumentException e) {
            problems.add(place.problem(column.cell(), "wrong type: " + e.getMessage() + " (" + name + " is "
                    + (known.get().array() ? "a list of " : "") + known.get().type() + ")"));
        }
    }

    private void duplicates() {
        Map<String, ImportRecords.Place> ids = new HashMap<>();
        for (ImportRecords.Node node : nodes) {
            ImportRecords.Place first = ids.putIfAbsent(node.id(), node.place());
            if (first != null) {
                problems.add(node.place().problem("id:ID", "duplicate id '" + node.id() + "', first in " + first.table() + " row " + first.row()));
            }
        }
        Map<String, ImportRecords.Place> keys = new HashMap<>();
        for (ImportRecords.Relationship relationship : relationships) {
            ImportRecords.Place first = keys.putIfAbsent(relationship.id(), relationship.place());
            if (first != null) {
                problems.add(relationship.place().problem("", "duplicate relationship " + relationship.start() + " -"
                        + relationship.type() + "-> " + relationship.end() + ", first in " + first.table() + " row " + first.row()));
            }
        }
    }

    private static String cell(List<String> cells, Column column) {
        return column.index() < cells.size() && cells.get(column.index()) != null ? cells.get(column.index()) : "";
    }
}
