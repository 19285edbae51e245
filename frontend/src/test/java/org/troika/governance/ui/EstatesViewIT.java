package org.troika.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.troika.BrowserSession;
import org.troika.BrowserTest;
import org.troika.HeadlessChromium;

/** The estates grid in headless Chromium: every estate with its three carriages, and one estate's graph. */
@BrowserTest
class EstatesViewIT extends BrowserSession {


    @Test
    void the_grid_lists_every_estate_and_a_row_opens_its_three_carriages() {
        open("/estates");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(driver -> gridSize() > 0);

        assertThat(gridSize()).isEqualTo(237);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("estates-grid"), "示意小区"));

        var firstCell = browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().startsWith("示意小区")).findFirst().orElseThrow();
        firstCell.click();

        var graph = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));
        assertThat(Integer.parseInt(graph.getDomAttribute("data-rendered-nodes"))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_incomplete_filter_keeps_the_estates_that_lack_a_carriage() {
        open("/estates");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(driver -> gridSize() > 0);

        browser.executeScript("""
                const select = document.getElementById('estates-completeness');
                select.opened = true;""");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., '不齐全')]"))).click();

        wait.until(driver -> gridSize() == 176);
        assertThat(gridSize()).isEqualTo(176);
    }

    private long gridSize() {
        Object size = ((JavascriptExecutor) browser).executeScript(
                "const grid = document.getElementById('estates-grid'); return grid ? grid.size : 0;");
        return size == null ? 0 : ((Number) size).longValue();
    }
}
