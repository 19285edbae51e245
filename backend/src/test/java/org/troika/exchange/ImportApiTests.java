package org.troika.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.troika.GraphFingerprint;
import org.troika.TestUsers;
import org.troika.TroikaTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/import} and the templates over HTTP: the JSON report, and a 4xx naming the problem for bad uploads. */
@TroikaTest
class ImportApiTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Neo4jClient neo4j;

    MockMvcTester http;

    @BeforeEach
    void http() {
        http = MockMvcTester.from(context);
    }

    @AfterEach
    void removeWhatTheTestsImported() {
        neo4j.query("MATCH (n:Stakeholder) WHERE n.id STARTS WITH 'import-test-' DETACH DELETE n").run();
        neo4j.query("MATCH (c:Change) WHERE c.importBatch IS NOT NULL DETACH DELETE c").run();
        neo4j.query("MATCH (b:ImportBatch) DELETE b").run();
    }

    @Test
    void a_dry_run_reports_counts_and_problems_as_json_and_writes_nothing() {
        String before = GraphFingerprint.of(neo4j);

        JsonNode report = json(upload("estate.csv", ImportServiceTests.ESTATES + "import-test-estate-3,Estate,导入小区三,,,,perhaps,\n", null));

        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("written").asBoolean()).isFalse();
        assertThat(report.get("stakeholders").get("created").asInt()).isEqualTo(3);
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("file").asString()).isEqualTo("estate.csv");
        assertThat(problem.get("row").asInt()).isEqualTo(4);
        assertThat(problem.get("column").asString()).isEqualTo("old:boolean");
        assertThat(problem.get("problem").asString()).contains("'perhaps'");
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    @Test
    void a_real_run_writes_the_file_as_the_signed_in_user_and_records_its_batch() {
        MvcTestResult response = http.post().uri("/api/import").multipart()
                .file(new MockMultipartFile("file", "estate.csv", "text/csv", ImportServiceTests.utf8(ImportServiceTests.ESTATES)))
                .param("dryRun", "false").exchange();

        assertThat(response).hasStatusOk();
        JsonNode report = json(response);
        assertThat(report.get("written").asBoolean()).isTrue();
        assertThat(report.get("stakeholders").get("created").asInt()).isEqualTo(2);
        JsonNode batches = json(http.get().uri("/api/import/batches").exchange());
        assertThat(batches.get(0).get("id").asString()).isEqualTo(report.get("batchId").asString());
        assertThat(batches.get(0).get("by").asString()).isEqualTo(TestUsers.STAFF);
        assertThat(batches.get(0).get("file").asString()).isEqualTo("estate.csv");
    }

    @Test
    void an_oversize_or_unreadable_upload_gets_a_4xx_naming_the_problem() {
        MvcTestResult oversize = upload("big.csv", "x".repeat((int) ImportService.MAX_BYTES + 1), null);
        assertThat(oversize).hasStatus(413).hasContentType("application/json");
        assertThat(json(oversize).get("error").asString()).contains("20 MB");

        MvcTestResult unreadable = upload("staff.xlsx", "this is no workbook", null);
        assertThat(unreadable).hasStatus(400);
        assertThat(json(unreadable).get("error").asString()).contains("staff.xlsx", "not a readable workbook");

        MvcTestResult empty = upload("estate.csv", "", null);
        assertThat(empty).hasStatus(400);
        assertThat(json(empty).get("error").asString()).contains("empty");

        MvcTestResult badFlag = upload("estate.csv", ImportServiceTests.ESTATES, "maybe");
        assertThat(badFlag).hasStatus(400);
        assertThat(json(badFlag).get("error").asString()).contains("dryRun");

        MvcTestResult noFile = http.post().uri("/api/import").multipart().param("dryRun", "true").exchange();
        assertThat(noFile).hasStatus(400);
        assertThat(json(noFile).get("error").asString()).contains("'file'");
    }

    @Test
    void templates_come_per_kind_and_for_relationships_as_csv_and_xlsx() throws Exception {
        MvcTestResult csv = http.get().uri("/api/import/templates/estate.csv").exchange();
        assertThat(csv).hasStatusOk();
        assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"estate.csv\"");
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8).strip())
                .isEqualTo("\uFEFFid:ID,:LABEL,name,nameEn,aliases:string[],provenance:string[],old:boolean,militaryFamilies:boolean");

        MvcTestResult relationships = http.get().uri("/api/import/templates/relationships.csv").exchange();
        assertThat(relationships.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(":START_ID,:END_ID,:TYPE,provenance:string[]", "since:date", "role", "stars:int");

        MvcTestResult xlsx = http.get().uri("/api/import/templates/owners-committee.xlsx").exchange();
        assertThat(xlsx).hasStatusOk().hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("owners-committee");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("id:ID");
        }

        assertThat(json(http.get().uri("/api/import/templates").exchange())).hasSize(31);
        MvcTestResult unknown = http.get().uri("/api/import/templates/castle.csv").exchange();
        assertThat(unknown).hasStatus(400);
        assertThat(json(unknown).get("error").asString()).contains("castle");
    }

    @Test
    void a_filled_in_template_imports() throws Exception {
        byte[] template = http.get().uri("/api/import/templates/estate.xlsx").exchange().getResponse().getContentAsByteArray();
        byte[] filled;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); var out = new java.io.ByteArrayOutputStream()) {
            var row = workbook.getSheetAt(0).createRow(1);
            List<String> cells = List.of("import-test-estate-t", "", "模板小区", "Template estate", "", "illustrative");
            for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(cells.get(i));
            }
            row.createCell(6).setCellValue(false);
            workbook.write(out);
            filled = out.toByteArray();
        }
        MvcTestResult response = http.post().uri("/api/import").multipart()
                .file(new MockMultipartFile("file", "estate.xlsx", null, filled)).param("dryRun", "false").exchange();

        JsonNode report = json(response);
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("stakeholders").get("created").asInt()).isEqualTo(1);
        assertThat(neo4j.query("MATCH (n:Estate {id: 'import-test-estate-t'}) RETURN n.old").fetchAs(Boolean.class).one()).contains(false);
    }

    private MvcTestResult upload(String name, String content, String dryRun) {
        var request = http.post().uri("/api/import").multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8)));
        if (dryRun != null) {
            request.param("dryRun", dryRun);
        }
        return request.exchange();
    }

    private static JsonNode json(MvcTestResult response) {
        return JsonMapper.shared().readTree(response.getResponse().getContentAsByteArray());
    }
}
