package org.troika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Screenshots of each view, as a person sees them, into {@code target/screenshots}; with
 * {@code -Dtroika.screenshots.dir=<folder>} also into that folder (the README's are in docs/screenshots).
 */
@BrowserTest
class ScreenshotsIT extends BrowserSession {


    @Test
    void the_start_page_is_captured() throws Exception {
        open("/");
        HeadlessChromium.waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));

        Path shot = save("start-page.png");

        assertThat(Files.size(shot)).isGreaterThan(20_000);
    }

    @Test
    void a_searched_stakeholder_with_its_neighbours_and_details_is_captured() throws Exception {
        open("/");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));
        browser.findElement(By.cssSelector("#search input")).sendKeys("仙霞");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), '仙霞新村街道 ·')]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "仙霞新村街道"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));

        Path shot = save("explore-details.png");

        assertThat(Files.size(shot)).isGreaterThan(20_000);
    }

    @Test
    void a_scene_from_its_address_is_captured_at_1920_in_english() throws Exception {
        ChromeDriver projector = HeadlessChromium.start(1920, 1080);
        try {
            projector.get("http://localhost:" + port
                    + "/?focus=xianxia-party-working-committee&steps=e.xianxia&layout=radial&size=degree&lang=en");
            HeadlessChromium.waitFor(projector).until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"),
                    "Party Working Committee"));
            HeadlessChromium.waitFor(projector).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("troika-graph[data-settled][data-layout='radial']")));
            Path wide = save(projector, "explore-1920.png");
            assertThat(Files.size(wide)).isGreaterThan(20_000);
        } finally {
            projector.quit();
        }
    }

    @Test
    void the_indicators_view_with_its_charts_is_captured_at_1280_and_at_1920() throws Exception {
        open("/indicators");
        waitForCharts(browser);
        Path shot = save("indicators.png");

        ChromeDriver projector = HeadlessChromium.start(1920, 1080);
        try {
            projector.get("http://localhost:" + port + "/indicators");
            waitForCharts(projector);
            Path wide = save(projector, "indicators-1920.png");
            assertThat(Files.size(wide)).isGreaterThan(20_000);
        } finally {
            projector.quit();
        }
        assertThat(Files.size(shot)).isGreaterThan(20_000);
    }

    @Test
    void the_about_page_is_captured_at_1280_and_at_1920() throws Exception {
        open("/about");
        HeadlessChromium.waitFor(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("about-facts"), "F34"));
        Path shot = save("about.png");

        ChromeDriver projector = HeadlessChromium.start(1920, 1080);
        try {
            projector.get("http://localhost:" + port + "/about?lang=en");
            HeadlessChromium.waitFor(projector)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("about-facts"), "F34"));
            Path wide = save(projector, "about-1920.png");
            assertThat(Files.size(wide)).isGreaterThan(20_000);
        } finally {
            projector.quit();
        }
        assertThat(Files.size(shot)).isGreaterThan(20_000);
    }

    /** The three indicator charts drawn, their short entry animation over. */
    private static void waitForCharts(ChromeDriver driver) {
        for (String chart : new String[] {"indicator-counts-chart", "indicator-shares-chart", "indicator-stars-chart"}) {
            HeadlessChromium.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#" + chart + "[data-rendered-series]")));
        }
    }

    @Test
    void the_estates_view_and_an_estates_graph_are_captured() throws Exception {
        open("/estates");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("estates-grid"), "示意小区"));
        Path grid = save("estates.png");

        browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().startsWith("示意小区 盈浦")).findFirst()
                .orElseGet(() -> browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .filter(cell -> cell.getText().startsWith("示意小区")).findFirst().orElseThrow())
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));
        Path graph = save("estate-graph.png");

        assertThat(Files.size(grid)).isGreaterThan(20_000);
        assertThat(Files.size(graph)).isGreaterThan(20_000);
    }

    @Test
    void a_tour_step_in_presentation_mode_at_full_hd_is_captured() throws Exception {
        browser.quit();
        browser = HeadlessChromium.start(1920, 1080);
        open("/tours/red-committees-xianxia/2?present=true&mode=trainer");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tour-counter"), "第 2 步"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tour-graph[data-settled]")));

        Path shot = save("tour-presentation.png");

        assertThat(Files.size(shot)).isGreaterThan(20_000);
    }

    @Test
    void the_glossary_is_captured() throws Exception {
        open("/glossary");
        HeadlessChromium.waitFor(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("glossary-terms"), "三驾马车"));

        Path shot = save("glossary.png");

        assertThat(Files.size(shot)).isGreaterThan(20_000);
    }

    private Path save(String name) throws Exception {
        return save(browser, name);
    }

    private static Path save(ChromeDriver driver, String name) throws Exception {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        String folder = System.getProperty("troika.screenshots.dir");
        if (folder != null && !folder.isBlank()) {
            Path copy = Path.of(folder, name);
            Files.createDirectories(copy.getParent());
            Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
