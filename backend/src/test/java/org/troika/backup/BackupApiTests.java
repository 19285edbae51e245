package org.troika.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.troika.GraphFingerprint;
import org.troika.TroikaTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/backup} and {@code POST /api/restore} over HTTP, and the restore at start. */
@TroikaTest
class BackupApiTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    GraphRestore restore;

    @Autowired
    Neo4jClient neo4j;

    @TempDir
    Path folder;

    MockMvcTester http;

    @BeforeEach
    void http() {
        http = MockMvcTester.from(context);
    }

    @Test
    void the_backup_downloads_as_a_file_and_uploading_it_with_replace_gives_back_the_same_graph() throws Exception {
        String before = GraphFingerprint.of(neo4j);

        MvcTestResult download = http.get().uri("/api/backup").exchange();

        assertThat(download).hasStatusOk().hasContentType("application/gzip");
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"troika-").endsWith(BackupFile.EXTENSION + "\"");
        byte[] file = download.getResponse().getContentAsByteArray();
        String firstLine = new String(new GZIPInputStream(new ByteArrayInputStream(file)).readAllBytes(), StandardCharsets.UTF_8)
                .lines().findFirst().orElseThrow();
        assertThat(firstLine).contains("\"format\":\"troika-backup\"", "\"formatVersion\":1", "\"troikaVersion\":", "\"createdAt\":");
        assertThat(download.getResponse().getHeader("X-Troika-Backup-Nodes")).isNotBlank();

        MvcTestResult refused = http.post().uri("/api/restore").contentType(MediaType.parseMediaType("application/gzip"))
                .content(file).exchange();
        assertThat(refused).hasStatus(409);
        assertThat(json(refused).get("error").asString()).contains("The database is not empty");

        MvcTestResult restored = http.post().uri("/api/restore?replace=true").contentType(MediaType.parseMediaType("application/gzip"))
                .content(file).exchange();
        assertThat(restored).hasStatusOk();
        assertThat(json(restored).get("nodes").asLong()).isEqualTo(Long.parseLong(download.getResponse().getHeader("X-Troika-Backup-Nodes")));
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    @Test
    void an_upload_that_is_not_a_backup_gets_a_400_naming_the_problem_and_changes_nothing() {
        String before = GraphFingerprint.of(neo4j);

        MvcTestResult result = http.post().uri("/api/restore?replace=true").contentType(MediaType.TEXT_PLAIN)
                .content("id,name\nx,y\n").exchange();

        assertThat(result).hasStatus(400);
        assertThat(json(result).get("error").asString()).isEqualTo("The uploaded backup is not a Troika backup: it is not gzip-compressed");
        assertThat(http.post().uri("/api/restore?replace=perhaps").content(new byte[0]).exchange()).hasStatus(400);
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    @Test
    void the_restore_at_start_refuses_a_graph_that_is_not_empty_and_names_a_missing_file() throws Exception {
        Path file = folder.resolve("start" + BackupFile.EXTENSION);
        Files.write(file, http.get().uri("/api/backup").exchange().getResponse().getContentAsByteArray());

        assertThatThrownBy(() -> new RestoreOnStartup(restore, file.toString(), false).afterSingletonsInstantiated())
                .isInstanceOf(GraphNotEmptyException.class);
        assertThatThrownBy(() -> new RestoreOnStartup(restore, folder.resolve("none.gz").toString(), false).afterSingletonsInstantiated())
                .isInstanceOf(BackupFileException.class).hasMessageContaining("There is no backup file");
        new RestoreOnStartup(restore, "", false).afterSingletonsInstantiated();
    }

    private static JsonNode json(MvcTestResult result) {
        try {
            return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
