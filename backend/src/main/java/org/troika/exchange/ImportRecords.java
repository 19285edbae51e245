package org.troika.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The stakeholders and relationships an upload holds, as read and checked without the database, and the problems found. */
record ImportRecords(List<Node> nodes, List<Relationship> relationships, List<ImportProblem> problems) {

    /** Where a record was read: the table and row, and the header cells of the columns that problems point at. */
    record Place(String table, int row) {

        ImportProblem problem(String column, String problem) {
            return new ImportProblem(table, row, column, problem);
        }
    }

    /**
     * A stakeholder row: its properties are those of the file's columns, a null value for an empty cell (the import
     * removes that property); {@code labels} are the kind's first, without {@code Stakeholder}.
     */
    record Node(Place place, String labelColumn, String id, String kind, List<String> labels, Map<String, Object> properties) {
    }

    /** A relationship row, one per (start, type, end). */
    record Relationship(Place place, String startColumn, String endColumn, String start, String type, String end,
                        Map<String, Object> properties) {

        String id() {
            return start + "-" + type + "-" + end;
        }
    }

    ImportRecords {
        nodes = new ArrayList<>(nodes);
        relationships = new ArrayList<>(relationships);
        problems = new ArrayList<>(problems);
    }
}
