package org.troika.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.troika.BrowserSession;
import org.troika.BrowserTest;
import org.troika.HeadlessChromium;
import org.troika.TestUsers;

/**
 * The import page in headless Chromium, signed in as staff through the login view: a file uploaded for a dry run
 * comes back with its problems in the grid.
 */
@BrowserTest
class ImportViewIT extends BrowserSession {

    @TempDir
    Path folder;

    @Test
    void an_uploaded_file_is_checked_and_its_problems_listed_by_row_and_column() throws Exception {
        Path file = folder.resolve("estate.csv");
        Files.writeString(file, """
                id:ID,:LABEL,name,old:boolean
                import-it-estate-1,Estate,浏览器小区,sometimes
                """, StandardCharsets.UTF_8);
        signIn(TestUsers.STAFF);
        open("/data/import");
        var wait = HeadlessChromium.waitFor(browser);
        var upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("data-import-upload")));

        var input = (org.openqa.selenium.WebElement) ((JavascriptExecutor) browser).executeScript("""
                const upload = arguments[0];
                return upload.querySelector('input[type=file]') || upload.shadowRoot.querySelector('input[type=file]');""", upload);
        input.sendKeys(file.toAbsolutePath().toString());

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("data-import-status"), "1"));
        wait.until(driver -> gridSize() == 1);
        assertThat(browser.findElement(By.id("data-import-status")).getText()).contains("新增 1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("data-import-problems"), "old:boolean"));
    }

    private long gridSize() {
        Object size = ((JavascriptExecutor) browser).executeScript(
                "const grid = document.getElementById('data-import-problems'); return grid ? grid.size || grid.items?.length || 0 : 0;");
        return size == null ? 0 : ((Number) size).longValue();
    }
}
