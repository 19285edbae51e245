package org.troika.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.troika.BrowserlessSignIn;
import org.troika.TestUsers;
import org.troika.ViewTest;
import org.troika.exchange.ImportProblem;

/** The import page, as the staff user it is for: a dry run lists problems, an import is recorded as theirs. */
@ViewTest
class ImportViewTests extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Autowired
    Neo4jClient neo4j;

    @AfterEach
    void removeWhatTheTestImported() {
        neo4j.query("MATCH (n:Stakeholder) WHERE n.id STARTS WITH 'import-view-' DETACH DELETE n").run();
        neo4j.query("MATCH (c:Change) WHERE c.importBatch IS NOT NULL DETACH DELETE c").run();
        neo4j.query("MATCH (b:ImportBatch) DELETE b").run();
    }

    static final String ESTATES = """
            id:ID,:LABEL,name,nameEn,provenance:string[],old:boolean
            import-view-estate-1,Estate,视图小区一,View estate 1,illustrative,true
            import-view-estate-2,Estate,视图小区二,View estate 2,illustrative,sometimes
            """;

    @Test
    void a_dry_run_lists_the_problems_by_row_and_column_and_an_import_reports_its_counts() {
        BrowserlessSignIn.as(userDetails, TestUsers.STAFF);
        ImportView view = navigate(ImportView.class);
        view.importExecutor = Runnable::run;

        assertThat(view.template.getValue()).isEqualTo("district");
        assertThat(view.templateCsv.getHref()).isNotBlank();
        assertThat(view.dryRun.getValue()).isTrue();

        view.received("estate.csv", ESTATES.getBytes(StandardCharsets.UTF_8));
        view.running.join();

        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.getListDataView().getItems().toList()).singleElement()
                .returns("estate.csv", ImportProblem::file).returns(3, ImportProblem::row).returns("old:boolean", ImportProblem::column);
        assertThat(view.importStatus.getText()).contains("1");
        assertThat(neo4j.query("MATCH (n:Estate) WHERE n.id STARTS WITH 'import-view-' RETURN count(n)").fetchAs(Long.class).one()).contains(0L);

        view.dryRun.setValue(false);
        view.received("estate.csv", ESTATES.replace("sometimes", "false").getBytes(StandardCharsets.UTF_8));
        view.running.join();

        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.importStatus.getText()).contains(view.running.join().batchId());
        assertThat(view.running.join().stakeholders().created()).isEqualTo(2);
        assertThat(neo4j.query("MATCH (b:ImportBatch) RETURN b.by").fetchAs(String.class).one()).contains(TestUsers.STAFF);
        assertThat(view.importer.getText()).contains(TestUsers.STAFF);
    }

    @Test
    void an_unreadable_file_says_why() {
        BrowserlessSignIn.as(userDetails, TestUsers.STAFF);
        ImportView view = navigate(ImportView.class);
        view.importExecutor = Runnable::run;

        view.received("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        view.running.handle((report, error) -> null).join();

        assertThat(view.importStatus.getText()).contains("notes.txt");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.upload.isEnabled()).isTrue();
    }
}
