package org.troika.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.GraphFingerprint;
import org.troika.TroikaTest;
import org.troika.change.Actor;

/** Imports against the real database: upserts by id, all or nothing, every problem located, the round trip of an export. */
@TroikaTest
class ImportServiceTests {

    static final Actor STAFF = new Actor("街道工作人员", false);

    @Autowired
    ImportService imports;

    @Autowired
    SceneExport exports;

    @Autowired
    Neo4jClient neo4j;

    @AfterEach
    void removeWhatTheTestsImported() {
        neo4j.query("MATCH (n:Stakeholder) WHERE n.id STARTS WITH 'import-test-' DETACH DELETE n").run();
        neo4j.query("MATCH (c:Change) WHERE c.importBatch IS NOT NULL DETACH DELETE c").run();
        neo4j.query("MATCH (b:ImportBatch) DELETE b").run();
    }

    static final String ESTATES = """
            id:ID,:LABEL,name,nameEn,aliases:string[],provenance:string[],old:boolean,militaryFamilies:boolean
            import-test-estate-1,Estate,导入小区一,Imported estate 1,导入一;一号,illustrative,true,false
            import-test-estate-2,Estate,导入小区二,Imported estate 2,,illustrative,false,
            """;

    static final String LOCATIONS = """
            :START_ID,:END_ID,:TYPE,provenance:string[]
            import-test-estate-1,xianxia-hongxu,LOCATED_IN,illustrative
            import-test-estate-2,xianxia-hongxu,LOCATED_IN,illustrative
            """;

    @Test
    void a_good_csv_creates_its_records_and_importing_it_again_changes_nothing() {
        ImportReport first = imports.importFile("estate.csv", utf8(ESTATES), false, STAFF);

        assertThat(first.problems()).isEmpty();
        assertThat(first.written()).isTrue();
        assertThat(first.stakeholders()).isEqualTo(new ImportCounts(2, 0, 0));
        var estate = properties("MATCH (n:Estate {id: 'import-test-estate-1'}) RETURN properties(n) AS p");
        assertThat(estate).containsEntry("old", true).containsEntry("kind", "Estate").containsEntry("name", "导入小区一");
        assertThat(estate.get("provenance")).isEqualTo(List.of("illustrative", "import:" + first.batchId()));
        assertThat((List<Object>) estate.get("searchPinyin")).contains("daoruxiaoquyi");

        ImportReport links = imports.importFile("relationships.csv", utf8(LOCATIONS), false, STAFF);
        assertThat(links.relationships()).isEqualTo(new ImportCounts(2, 0, 0));

        String before = fingerprintWithoutBatches();
        ImportReport again = imports.importFile("estate.csv", utf8(ESTATES), false, STAFF);
        ImportReport linksAgain = imports.importFile("relationships.csv", utf8(LOCATIONS), false, STAFF);

        assertThat(again.stakeholders()).isEqualTo(new ImportCounts(0, 0, 2));
        assertThat(linksAgain.relationships()).isEqualTo(new ImportCounts(0, 0, 2));
        // Only the two new ImportBatch nodes differ: the stakeholders and relationships are as they were.
        assertThat(fingerprintWithoutBatches()).isEqualTo(before);
    }

    @Test
    void a_changed_cell_updates_that_record_with_the_import_in_its_provenance_and_history() {
        imports.importFile("estate.csv", utf8(ESTATES), false, STAFF);
        ImportReport update = imports.importFile("estate.csv", utf8(ESTATES.replace("导入小区二,Imported estate 2,,illustrative,false,",
                "导入小区二,Imported estate 2,,illustrative,true,")), false, STAFF);

        assertThat(update.stakeholders()).isEqualTo(new ImportCounts(0, 1, 1));
        var estate = properties("MATCH (n:Estate {id: 'import-test-estate-2'}) RETURN properties(n) AS p");
        assertThat(estate).containsEntry("old", true).containsEntry("version", 2L);
        assertThat(estate.get("provenance")).isEqualTo(List.of("illustrative", "import:" + update.batchId()));
        var change = properties("""
                MATCH (c:Change {targetId: 'import-test-estate-2', operation: 'UPDATE'}) RETURN properties(c) AS p""");
        assertThat(change).containsEntry("by", "街道工作人员").containsEntry("importBatch", update.batchId())
                .containsEntry("before", "{\"old\":false}").containsEntry("after", "{\"old\":true}");
        var batch = properties("MATCH (b:ImportBatch {id: $id}) RETURN properties(b) AS p", Map.of("id", update.batchId()));
        assertThat(batch).containsEntry("file", "estate.csv").containsEntry("by", "街道工作人员")
                .containsEntry("stakeholdersUpdated", 1L).containsEntry("stakeholdersUnchanged", 1L).containsKey("at");
        assertThat(imports.batches(10)).extracting(ImportService.Batch::id).startsWith(update.batchId());
    }

    @Test
    void a_good_workbook_imports_typed_cells_and_importing_it_again_changes_nothing() throws IOException {
        byte[] workbook = workbook();

        ImportReport first = imports.importFile("staff.xlsx", workbook, false, STAFF);

        assertThat(first.problems()).isEmpty();
        assertThat(first.stakeholders()).isEqualTo(new ImportCounts(1, 0, 0));
        assertThat(first.relationships()).isEqualTo(new ImportCounts(1, 0, 0));
        var estate = properties("MATCH (n:Estate {id: 'import-test-estate-x'}) RETURN properties(n) AS p");
        assertThat(estate).containsEntry("old", true).containsEntry("aliases", List.of("X小区", "X"));
        var serves = properties("MATCH (:Stakeholder {id: 'yingpu-firm-07'})-[r:SERVES]->(:Estate {id: 'import-test-estate-x'}) RETURN properties(r) AS p");
        assertThat(serves).containsEntry("since", LocalDate.of(2021, 3, 1)).containsEntry("id", "yingpu-firm-07-SERVES-import-test-estate-x");

        String before = fingerprintWithoutBatches();
        ImportReport again = imports.importFile("staff.xlsx", workbook, false, STAFF);

        assertThat(again.stakeholders()).isEqualTo(new ImportCounts(0, 0, 1));
        assertThat(again.relationships()).isEqualTo(new ImportCounts(0, 0, 1));
        assertThat(fingerprintWithoutBatches()).isEqualTo(before);
    }

    @Test
    void a_broken_file_names_every_problem_by_file_row_and_column_and_writes_nothing() throws IOException {
        String stakeholders = """
                id:ID,:LABEL,name,population:int,colour
                import-test-a,Estate,甲,,
                import-test-b,Castle,乙,,
                ,Estate,丙,,
                import-test-a,Estate,甲二,,
                import-test-d,SubDistrict,丁,many,
                """;
        String relationships = """
                :START_ID,:END_ID,:TYPE,since:date
                yingpu-firm-07,import-test-a,SERVES,2024-13-45
                import-test-a,atlantis,LOCATED_IN,
                """;
        byte[] zip = zip(Map.of("stakeholders.csv", stakeholders, "relationships.csv", relationships));
        String before = GraphFingerprint.of(neo4j);

        for (boolean dryRun : List.of(true, false)) {
            ImportReport report = imports.importFile("broken.zip", zip, dryRun, STAFF);

            assertThat(report.written()).isFalse();
            assertThat(report.batchId()).isNull();
            assertThat(report.problems()).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("broken.zip/stakeholders.csv", 1, "colour"),
                            org.assertj.core.groups.Tuple.tuple("broken.zip/stakeholders.csv", 3, ":LABEL"),
                            org.assertj.core.groups.Tuple.tuple("broken.zip/stakeholders.csv", 4, "id:ID"),
                            org.assertj.core.groups.Tuple.tuple("broken.zip/stakeholders.csv", 5, "id:ID"),
                            org.assertj.core.groups.Tuple.tuple("broken.zip/stakeholders.csv", 6, "population:int"),
                            org.assertj.core.groups.Tuple.tuple("broken.zip/relationships.csv", 2, "since:date"),
                            org.assertj.core.groups.Tuple.tuple("broken.zip/relationships.csv", 3, ":END_ID"));
            assertThat(report.problems()).extracting(ImportProblem::problem).anySatisfy(p -> assertThat(p).startsWith("unknown column"))
                    .anySatisfy(p -> assertThat(p).isEqualTo("unknown kind 'Castle'"))
                    .anySatisfy(p -> assertThat(p).isEqualTo("missing id"))
                    .anySatisfy(p -> assertThat(p).startsWith("duplicate id 'import-test-a'"))
                    .anySatisfy(p -> assertThat(p).contains("wrong type", "'many'", "int"))
                    .anySatisfy(p -> assertThat(p).contains("'2024-13-45' is not a valid date"))
                    .anySatisfy(p -> assertThat(p).contains("unknown reference", "atlantis"));
            assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
        }
    }

    @Test
    void the_version_of_an_evaluation_is_its_data_and_imports() {
        String evaluations = """
                :START_ID,:END_ID,:TYPE,provenance:string[],stars:int,version,year:int,revision:long,id
                import-test-system,import-test-committee,EVALUATES,illustrative,5,2023 edition,2023,7,whatever
                """;
        String stakeholders = """
                id:ID,:LABEL,name,version:long,searchNames:string[]
                import-test-system,EvaluationSystem,评估体系,9,stale
                import-test-committee,OwnersCommittee,业委会,9,stale
                """;
        imports.importFile("stakeholders.csv", utf8(stakeholders), false, STAFF);
        ImportReport report = imports.importFile("evaluations.csv", utf8(evaluations), false, STAFF);

        assertThat(report.problems()).isEmpty();
        var evaluation = properties("MATCH (:Stakeholder {id: 'import-test-system'})-[r:EVALUATES]->() RETURN properties(r) AS p");
        assertThat(evaluation).containsEntry("version", "2023 edition").containsEntry("stars", 5L).containsEntry("revision", 1L)
                .containsEntry("id", "import-test-system-EVALUATES-import-test-committee");
        var system = properties("MATCH (n {id: 'import-test-system'}) RETURN properties(n) AS p");
        assertThat(system).containsEntry("version", 1L);
        assertThat((List<Object>) system.get("searchNames")).containsExactly("评估体系");
    }

    @Test
    void what_the_graph_contradicts_is_a_problem_too() throws IOException {
        String stakeholders = """
                id:ID,:LABEL,name
                xianxia,Estate,仙霞
                import-test-nameless,Estate,
                import-test-pwg,PartyWorkGroup,党的工作小组
                import-test-spy,Person;Change,某人
                """;
        String relationships = """
                :START_ID,:END_ID,:TYPE
                xianxia,yingpu,LIKES
                """;
        ImportReport report = imports.importFile("contradictions.zip",
                zip(Map.of("stakeholders.csv", stakeholders, "relationships.csv", relationships)), false, STAFF);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).containsExactly(
                new ImportProblem("contradictions.zip/relationships.csv", 2, ":TYPE", "unknown relationship type 'LIKES'"),
                new ImportProblem("contradictions.zip/stakeholders.csv", 2, ":LABEL", "kind change: 'xianxia' is SubDistrict in the graph, the file gives Estate"),
                new ImportProblem("contradictions.zip/stakeholders.csv", 3, "name", "missing name for the new stakeholder 'import-test-nameless'"),
                new ImportProblem("contradictions.zip/stakeholders.csv", 5, ":LABEL",
                        "unknown label 'Change' for a Person: give CommitteeMember, PartyBuildingInstructor, Volunteer, YouthCadre"));
        String party = """
                id:ID,:LABEL,name
                import-test-pwg,PartyWorkGroup,党的工作小组
                """;
        assertThat(imports.importFile("party.csv", utf8(party), false, STAFF).problems()).isEmpty();
        assertThat(neo4j.query("MATCH (n:PartyOrganisation {id: 'import-test-pwg'}) RETURN count(n)").fetchAs(Long.class).one()).contains(1L);
    }

    @Test
    void a_file_that_is_no_spreadsheet_is_refused_with_its_problem() {
        assertThatThrownBy(() -> imports.importFile("notes.txt", utf8("hello"), true, STAFF))
                .isInstanceOf(ImportUnreadableException.class).hasMessageContaining("neither a CSV file");
        assertThatThrownBy(() -> imports.importFile("staff.xlsx", utf8("not a workbook"), true, STAFF))
                .isInstanceOf(ImportUnreadableException.class).hasMessageContaining("not a readable workbook");
        assertThatThrownBy(() -> imports.importFile("gbk.csv", new byte[] {(byte) 0xd5, (byte) 0xc5, ',', 'a'}, true, STAFF))
                .isInstanceOf(ImportUnreadableException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void the_csv_export_of_a_scope_imports_back_to_the_same_graph() throws IOException {
        String whole = GraphFingerprint.of(neo4j);
        Export export = exports.scope(ExportFormat.CSV, "xianxia-hongxu");
        ExportGraph scope = exports.read(scopeIds(export), null, false);
        assertThat(scope.nodes()).hasSizeGreaterThan(3);
        assertThat(scope.relationships()).isNotEmpty();

        ImportReport intoTheSameGraph = imports.importFile(export.fileName(), export.content(), false, STAFF);
        assertThat(intoTheSameGraph.problems()).isEmpty();
        assertThat(intoTheSameGraph.stakeholders()).isEqualTo(new ImportCounts(0, 0, scope.nodes().size()));
        assertThat(intoTheSameGraph.relationships()).isEqualTo(new ImportCounts(0, 0, scope.relationships().size()));
        assertThat(fingerprintWithoutBatches()).isEqualTo(whole);

        try {
            neo4j.query("MATCH (n:Stakeholder) WHERE n.id IN $ids DETACH DELETE n").bind(scopeIds(export)).to("ids").run();
            ImportReport intoAGraphWithoutThem = imports.importFile(export.fileName(), export.content(), false, STAFF);

            assertThat(intoAGraphWithoutThem.stakeholders()).isEqualTo(new ImportCounts(scope.nodes().size(), 0, 0));
            assertThat(intoAGraphWithoutThem.relationships()).isEqualTo(new ImportCounts(scope.relationships().size(), 0, 0));
            assertThat(bookkeepingRemoved(exports.read(scopeIds(export), null, false))).isEqualTo(bookkeepingRemoved(scope));
        } finally {
            restore(scope);
        }
        // Restored as it was, but for the history of the import, which the test removes in turn.
        neo4j.query("MATCH (c:Change) WHERE c.importBatch IS NOT NULL DETACH DELETE c").run();
        assertThat(fingerprintWithoutBatches()).isEqualTo(whole);
    }

    /** Puts back what the round trip deleted: the scope's records and their relationships beyond it, as the export read them. */
    private void restore(ExportGraph scope) {
        neo4j.query("MATCH (n:Stakeholder) WHERE n.id IN $ids DETACH DELETE n")
                .bind(scope.nodes().stream().map(ExportGraph.Node::id).toList()).to("ids").run();
        for (ExportGraph.Node node : scope.nodes()) {
            neo4j.query("CREATE (n:Stakeholder) SET n = $properties SET n:$($labels)")
                    .bindAll(Map.of("properties", node.properties(), "labels", node.labels())).run();
        }
        for (Map<String, Object> link : beyond) {
            neo4j.query("""
                    MATCH (a:Stakeholder {id: $start}), (b:Stakeholder {id: $end})
                    CREATE (a)-[r:$($type)]->(b) SET r = $properties""").bindAll(link).run();
        }
    }

    private List<Map<String, Object>> beyond = List.of();

    /** The ids of the stakeholders an export's zip holds; also notes every relationship they have, to restore them. */
    private List<String> scopeIds(Export export) throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(export.content()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("stakeholders.csv")) {
                    String[] lines = new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                    for (int i = 1; i < lines.length; i++) {
                        ids.add(lines[i].substring(0, lines[i].indexOf(',')));
                    }
                }
            }
        }
        if (beyond.isEmpty()) {
            beyond = List.copyOf(neo4j.query("""
                    MATCH (a:Stakeholder)-[r]->(b:Stakeholder) WHERE a.id IN $ids OR b.id IN $ids
                    RETURN {start: a.id, end: b.id, type: type(r), properties: properties(r)} AS link""")
                    .bind(ids).to("ids").fetchAs(Map.class).mappedBy((types, row) -> row.get("link").asMap()).all()
                    .stream().map(map -> (Map<String, Object>) map).toList());
        }
        return ids;
    }

    /** The graph without what an import adds to what it writes: its provenance entry, version and revision. */
    private static String bookkeepingRemoved(ExportGraph graph) {
        var nodes = graph.nodes().stream().map(node -> node.id() + " " + new java.util.TreeSet<>(node.labels()) + " " + clean(node.properties())).sorted().toList();
        var links = graph.relationships().stream().map(link -> link.id() + " " + clean(link.properties())).sorted().toList();
        return nodes + "\n" + links;
    }

    private static Map<String, Object> clean(Map<String, Object> properties) {
        var cleaned = new java.util.TreeMap<>(properties);
        cleaned.remove("version");
        cleaned.remove("revision");
        if (cleaned.get("provenance") instanceof List<?> provenance) {
            cleaned.put("provenance", provenance.stream().filter(entry -> !String.valueOf(entry).startsWith("import:")).toList());
        }
        return cleaned;
    }

    /** The graph's fingerprint but for the ImportBatch nodes, which record each written import, even one that changed nothing. */
    private String fingerprintWithoutBatches() {
        neo4j.query("MATCH (b:ImportBatch) DELETE b").run();
        return GraphFingerprint.of(neo4j);
    }

    private byte[] workbook() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var estates = workbook.createSheet("estate");
            header(estates.createRow(0), "id:ID", "name", "nameEn", "aliases:string[]", "old", "militaryFamilies:boolean");
            Row estate = estates.createRow(1);
            estate.createCell(0).setCellValue("import-test-estate-x");
            estate.createCell(1).setCellValue("导入小区X");
            estate.createCell(2).setCellValue("Imported estate X");
            estate.createCell(3).setCellValue("X小区;X");
            estate.createCell(4).setCellValue(true);
            estate.createCell(5).setCellValue(false);
            var links = workbook.createSheet("relationships");
            header(links.createRow(0), ":START_ID", ":END_ID", ":TYPE", "since:date", "provenance:string[]");
            Row serves = links.createRow(1);
            serves.createCell(0).setCellValue("yingpu-firm-07");
            serves.createCell(1).setCellValue("import-test-estate-x");
            serves.createCell(2).setCellValue("SERVES");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            var since = serves.createCell(3);
            since.setCellValue(LocalDate.of(2021, 3, 1));
            since.setCellStyle(dateStyle);
            serves.createCell(4).setCellValue("illustrative");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Row row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(utf8(file.getValue()));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> properties(String cypher) {
        return properties(cypher, Map.of());
    }

    private Map<String, Object> properties(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher).bindAll(parameters).fetchAs(Map.class).mappedBy((types, row) -> row.get("p").asMap())
                .one().map(map -> (Map<String, Object>) map).orElseThrow();
    }
}
