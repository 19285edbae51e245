package org.troika.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Values;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.GraphFingerprint;
import org.troika.TroikaTest;
import org.troika.change.Actor;
import org.troika.exchange.ImportReport;
import org.troika.exchange.ImportService;
import org.troika.scene.SavedScenes;

/**
 * An online backup restored into an empty database gives back the same graph, every property with its type; a
 * database that is not empty is refused, and a file that is not a whole backup writes nothing. Each test puts the
 * shared graph back as it found it, by restoring the backup taken before it.
 */
@TroikaTest
class BackupRestoreTests {

    static final String ESTATES = """
            id:ID,:LABEL,name,nameEn,provenance:string[],old:boolean
            backup-test-estate-1,Estate,备份小区一,Backup estate 1,illustrative,true
            backup-test-estate-2,Estate,备份小区二,Backup estate 2,illustrative,false
            """;

    static final String TYPES = """
            MATCH (p:BackupProbe)
            UNWIND keys(p) AS key
            WITH key, p[key] AS value ORDER BY key
            RETURN collect(key + ': ' + valueType(value)) AS types""";

    @Autowired
    GraphBackup backup;

    @Autowired
    GraphRestore restore;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    ImportService imports;

    @Autowired
    SavedScenes scenes;

    @TempDir
    Path folder;

    Path original;
    String originalFingerprint;

    @BeforeEach
    void keepTheGraph() throws IOException {
        originalFingerprint = GraphFingerprint.of(neo4j);
        original = backUp("original");
    }

    @AfterEach
    void putTheGraphBack() {
        restore.restore(original, true);
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(originalFingerprint);
    }

    @Test
    void the_seed_an_edit_an_import_and_a_saved_scene_come_back_identical_from_a_backup_restored_into_an_empty_database()
            throws IOException {
        long version = neo4j.query("MATCH (n:Estate {id: 'xianxia-estate-01'}) RETURN coalesce(n.version, 0) AS version")
                .fetchAs(Long.class).one().orElseThrow();
        graphQl.documentName("updateEstate").fragmentName("change")
                .variable("input", Map.of("id", "xianxia-estate-01", "version", version, "old", false, "reason", "renovated"))
                .execute().path("updateEstate.errors").entityList(Object.class).hasSize(0);
        ImportReport imported = imports.importFile("estates.csv", ESTATES.getBytes(StandardCharsets.UTF_8), false,
                new Actor("街道工作人员", false));
        assertThat(imported.written()).isTrue();
        scenes.save("备份测试", "?focus=xianxia", "tester");
        writeEveryPropertyType();
        String before = GraphFingerprint.of(neo4j);
        List<String> typesBefore = types();
        Path file = backUp("edited");

        wipe();
        assertThat(neo4j.query("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') RETURN count(n)")
                .fetchAs(Long.class).one()).contains(0L);
        BackupSummary restored = restore.restore(file, false);

        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
        assertThat(types()).isEqualTo(typesBefore).contains("birthday: DATE NOT NULL", "count: INTEGER NOT NULL",
                "share: FLOAT NOT NULL", "at: ZONED DATETIME NOT NULL", "days: LIST<DATE NOT NULL> NOT NULL",
                "place: POINT NOT NULL", "took: DURATION NOT NULL", "flags: LIST<BOOLEAN NOT NULL> NOT NULL");
        assertThat(restored.nodes()).isEqualTo(count("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') RETURN count(n)"));
        assertThat(count("MATCH (n:TroikaRestore) RETURN count(n)")).isZero();
        assertThat(count("MATCH (n) WHERE n.troikaRestoreKey IS NOT NULL RETURN count(n)")).isZero();
        assertThat(count("SHOW INDEXES YIELD name WHERE name = 'troika_restore_key' RETURN count(*)")).isZero();
    }

    @Test
    void a_database_that_is_not_empty_is_refused_and_keeps_what_it_holds() {
        assertThatThrownBy(() -> restore.restore(original, false))
                .isInstanceOf(GraphNotEmptyException.class)
                .hasMessageContaining("The database is not empty")
                .hasMessageContaining("replace");

        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(originalFingerprint);
    }

    @Test
    void a_corrupt_truncated_or_foreign_file_is_refused_with_its_problem_named_and_nothing_is_written_or_deleted()
            throws IOException {
        byte[] whole = Files.readAllBytes(original);
        String text = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(whole)).readAllBytes(),
                StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();

        refused(file("not-gzip", "id,name\nx,y\n".getBytes(StandardCharsets.UTF_8)), "not gzip-compressed");
        refused(file("empty", new byte[0]), "is empty");
        refused(file("truncated", java.util.Arrays.copyOf(whole, whole.length / 2)), "is truncated");
        refused(gzip("foreign", "{\"nodes\": [1, 2, 3]}\n"), "is not a Troika backup");
        refused(gzip("no-end", String.join("\n", lines.subList(0, lines.size() - 1)) + "\n"), "without the backup's last line");
        refused(gzip("future", lines.getFirst().replace("\"formatVersion\":1", "\"formatVersion\":99") + "\n"),
                "format version 99");
        refused(gzip("bad-json", lines.getFirst() + "\n{\"node\": \n"), "line 2 is not valid JSON");
        refused(gzip("bad-date", withSecondLine(lines, "{\"node\":\"k\",\"labels\":[\"Fact\"],\"properties\":{\"since\":{\"date\":\"2024-13-01\"}}}")),
                "line 2: property \"since\"");
        refused(gzip("bad-type", withSecondLine(lines, "{\"node\":\"k\",\"labels\":[\"Fact\"],\"properties\":{\"x\":{\"colour\":\"red\"}}}")),
                "unknown value type \"colour\"");
        String dangling = lines.stream().filter(line -> line.startsWith("{\"relationship\"")).findFirst().orElseThrow()
                .replaceFirst("\"start\":\"[^\"]*\"", "\"start\":\"no-such-node\"");
        List<String> withDangling = new java.util.ArrayList<>(lines);
        withDangling.set(withDangling.indexOf(lines.stream().filter(line -> line.startsWith("{\"relationship\"")).findFirst().orElseThrow()), dangling);
        refused(gzip("dangling", String.join("\n", withDangling) + "\n"), "refers to the node 'no-such-node'");
        refused(folder.resolve("missing.gz"), "There is no backup file");
    }

    private void refused(Path file, String problem) {
        assertThatThrownBy(() -> restore.restore(file, true))
                .as(file.getFileName().toString())
                .isInstanceOf(BackupFileException.class)
                .hasMessageContaining(problem);
        assertThat(GraphFingerprint.of(neo4j)).as(file.getFileName().toString()).isEqualTo(originalFingerprint);
    }

    /** The header, a node line of the test's own, and the rest of a whole backup with its counts one node more. */
    private static String withSecondLine(List<String> lines, String line) {
        var changed = new java.util.ArrayList<>(lines);
        changed.add(1, line);
        return String.join("\n", changed) + "\n";
    }

    private void writeEveryPropertyType() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", "backup-probe");
        properties.put("text", "多行\n文本 'quoted' \"double\" \\ 🏠");
        properties.put("count", Long.MAX_VALUE);
        properties.put("share", 0.1);
        properties.put("whole", 3.0);
        properties.put("notANumber", Double.NaN);
        properties.put("below", Double.NEGATIVE_INFINITY);
        properties.put("yes", true);
        properties.put("birthday", LocalDate.of(1949, 10, 1));
        properties.put("at", ZonedDateTime.of(2024, 5, 1, 9, 30, 15, 123_456_789, ZoneId.of("Asia/Shanghai")));
        properties.put("atOffset", ZonedDateTime.of(2024, 5, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
        properties.put("local", LocalDateTime.of(2024, 5, 1, 9, 30));
        properties.put("opens", LocalTime.of(8, 0));
        properties.put("closes", OffsetTime.of(17, 30, 0, 0, ZoneOffset.ofHours(8)));
        properties.put("took", Values.isoDuration(1, 2, 3, 4).asIsoDuration());
        properties.put("place", Values.point(4326, 121.4, 31.2).asPoint());
        properties.put("height", Values.point(9157, 1.0, 2.0, 3.0).asPoint());
        properties.put("days", List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)));
        properties.put("scores", List.of(1.5, 2.0));
        properties.put("counts", List.of(1L, 2L));
        properties.put("flags", List.of(true, false));
        properties.put("names", List.of("甲", "乙"));
        neo4j.query("CREATE (p:BackupProbe:Extra) SET p = $properties WITH p MATCH (e:Estate {id: 'xianxia-estate-01'}) "
                        + "CREATE (p)-[:PROBES {since: date('2024-05-01'), weight: 0.5, tags: ['a', 'b']}]->(e)")
                .bind(properties).to("properties").run();
    }

    private List<String> types() {
        List<String> types = new java.util.ArrayList<>();
        neo4j.query(TYPES).fetch().one().ifPresent(row -> ((List<?>) row.get("types")).forEach(type -> types.add((String) type)));
        return types;
    }

    private void wipe() {
        neo4j.query("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') DETACH DELETE n").run();
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    private Path backUp(String name) throws IOException {
        Path file = folder.resolve(name + BackupFile.EXTENSION);
        try (OutputStream out = Files.newOutputStream(file)) {
            backup.write(out);
        }
        return file;
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name + BackupFile.EXTENSION), content);
    }

    private Path gzip(String name, String content) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file(name, bytes.toByteArray());
    }
}
