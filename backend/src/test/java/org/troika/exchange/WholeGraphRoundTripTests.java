package org.troika.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.GraphFingerprint;
import org.troika.TroikaTest;
import org.troika.access.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.troika.change.Actor;

/**
 * The whole graph exported, imported into a graph without any stakeholder, and exported again gives the same
 * files: the same stakeholders, relationships and values, column for column. Only the import's own bookkeeping is
 * new (its {@code import:<batch>} provenance entry and the {@code version} / {@code revision} counters).
 */
@TroikaTest
class WholeGraphRoundTripTests {

    private static final Set<String> IMPORT_BOOKKEEPING = Set.of("version:long", "revision:long", "version:int", "revision:int");

    @Autowired
    SceneExport exports;

    @Autowired
    ImportService imports;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void the_whole_graph_exported_and_imported_into_an_empty_graph_exports_the_same_again() throws IOException {
        // Staff export with people's personal data, so that the file holds the whole graph.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "staff", "n/a", AuthorityUtils.createAuthorityList(Role.STAFF.authority())));
        String before = GraphFingerprint.of(neo4j);
        ExportGraph whole = exports.read(null, null, true);
        Export first = exports.graph(ExportFormat.CSV, true);
        assertThat(whole.nodes()).hasSizeGreaterThan(1_000);
        try {
            neo4j.query("MATCH (n:Stakeholder) DETACH DELETE n").run();
            assertThat(neo4j.query("MATCH (n:Stakeholder) RETURN count(n)").fetchAs(Long.class).one()).contains(0L);

            ImportReport report = imports.importFile(first.fileName(), first.content(), false, new Actor("round trip", false));

            assertThat(report.problems()).isEmpty();
            assertThat(report.stakeholders()).isEqualTo(new ImportCounts(whole.nodes().size(), 0, 0));
            assertThat(report.relationships()).isEqualTo(new ImportCounts(whole.relationships().size(), 0, 0));
            Export second = exports.graph(ExportFormat.CSV, true);
            Map<String, List<String>> original = files(first);
            Map<String, List<String>> again = files(second);
            assertThat(again.keySet()).isEqualTo(original.keySet());
            again.forEach((file, rows) -> assertThat(rows).as(file).isEqualTo(original.get(file)));
        } finally {
            neo4j.query("MATCH (n:Stakeholder) DETACH DELETE n").run();
            restore(whole);
            neo4j.query("MATCH (c:Change) WHERE c.importBatch IS NOT NULL DETACH DELETE c").run();
            neo4j.query("MATCH (b:ImportBatch) DELETE b").run();
            SecurityContextHolder.clearContext();
        }
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    /** Each CSV file of the export's zip as rows of named cells, without the import's bookkeeping, in order. */
    private static Map<String, List<String>> files(Export export) throws IOException {
        Map<String, List<String>> files = new TreeMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(export.content()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().endsWith(".csv")) {
                    files.put(entry.getName(), rows(text));
                }
            }
        }
        return files;
    }

    private static List<String> rows(String csv) throws IOException {
        List<String> rows = new ArrayList<>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(csv))) {
            for (CSVRecord record : parser) {
                Map<String, String> cells = new TreeMap<>();
                record.toMap().forEach((column, value) -> {
                    if (IMPORT_BOOKKEEPING.contains(column) || value == null || value.isEmpty()) {
                        return;
                    }
                    cells.put(column, column.startsWith("provenance") ? withoutImports(value) : value);
                });
                rows.add(cells.toString());
            }
        }
        return rows;
    }

    private static String withoutImports(String provenance) {
        return String.join(";", List.of(provenance.split(";")).stream()
                .filter(entry -> !entry.startsWith(ImportService.PROVENANCE_PREFIX)).toList());
    }

    /** Writes back every stakeholder and relationship exactly as the export read them. */
    private void restore(ExportGraph graph) {
        for (int from = 0; from < graph.nodes().size(); from += 1_000) {
            var rows = graph.nodes().subList(from, Math.min(graph.nodes().size(), from + 1_000)).stream()
                    .map(node -> Map.<String, Object>of("properties", node.properties(), "labels", node.labels())).toList();
            neo4j.query("UNWIND $rows AS row CREATE (n:Stakeholder) SET n = row.properties SET n:$(row.labels)")
                    .bind(rows).to("rows").run();
        }
        for (int from = 0; from < graph.relationships().size(); from += 1_000) {
            var rows = graph.relationships().subList(from, Math.min(graph.relationships().size(), from + 1_000)).stream()
                    .map(link -> Map.<String, Object>of("start", link.start(), "end", link.end(), "type", link.type(),
                            "properties", link.properties())).toList();
            neo4j.query("""
                    UNWIND $rows AS row
                    MATCH (a:Stakeholder {id: row.start}), (b:Stakeholder {id: row.end})
                    CREATE (a)-[r:$(row.type)]->(b) SET r = row.properties""").bind(rows).to("rows").run();
        }
    }
}
