package org.troika.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.troika.seed.AdminCsvHeader;

/**
 * A zip of {@code stakeholders.csv} and {@code relationships.csv} in the header format of
 * {@code neo4j-admin database import} (the seed's format): {@code id:ID}, {@code :LABEL}, typed property
 * columns, and {@code :START_ID}, {@code :END_ID}, {@code :TYPE}.
 */
final class AdminCsvWriter {

    static final String STAKEHOLDERS = "stakeholders.csv";
    static final String RELATIONSHIPS = "relationships.csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private AdminCsvWriter() {
    }

    static void write(ExportGraph graph, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(STAKEHOLDERS));
        writeNodes(graph, unclosable(zip));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(RELATIONSHIPS));
        writeRelationships(graph, unclosable(zip));
        zip.closeEntry();
        zip.finish();
    }

    /** The id is the {@code id:ID} column, not a property column besides it. */
    private static void writeNodes(ExportGraph graph, Writer writer) throws IOException {
        List<AdminCsvHeader> columns = new ArrayList<>(List.of(AdminCsvHeader.ID, AdminCsvHeader.LABEL));
        for (String property : graph.nodePropertyNames()) {
            if (!property.equals("id")) {
                columns.add(AdminCsvHeader.property(property, graph.nodeValues(property)));
            }
        }
        try (var csv = new CSVPrinter(writer, FORMAT)) {
            csv.printRecord(columns.stream().map(AdminCsvHeader::column));
            for (ExportGraph.Node node : graph.nodes()) {
                csv.printRecord(columns.stream().map(column -> switch (column.role()) {
                    case ID -> node.id();
                    case LABEL -> column.cell(node.labels());
                    default -> column.cell(node.properties().get(column.name()));
                }));
            }
        }
    }

    private static void writeRelationships(ExportGraph graph, Writer writer) throws IOException {
        List<AdminCsvHeader> columns = new ArrayList<>(List.of(AdminCsvHeader.START_ID, AdminCsvHeader.END_ID, AdminCsvHeader.TYPE));
        for (String property : graph.relationshipPropertyNames()) {
            columns.add(AdminCsvHeader.property(property, graph.relationshipValues(property)));
        }
        try (var csv = new CSVPrinter(writer, FORMAT)) {
            csv.printRecord(columns.stream().map(AdminCsvHeader::column));
            for (ExportGraph.Relationship relationship : graph.relationships()) {
                csv.printRecord(columns.stream().map(column -> switch (column.role()) {
                    case START_ID -> relationship.start();
                    case END_ID -> relationship.end();
                    case TYPE -> relationship.type();
                    default -> column.cell(relationship.properties().get(column.name()));
                }));
            }
        }
    }

    /** A writer into the current zip entry that flushes but leaves the zip open for the next entry. */
    private static Writer unclosable(ZipOutputStream zip) {
        return new OutputStreamWriter(zip, StandardCharsets.UTF_8) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
