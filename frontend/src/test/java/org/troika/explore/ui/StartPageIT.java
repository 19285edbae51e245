package org.troika.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.troika.BrowserSession;
import org.troika.BrowserTest;
import org.troika.HeadlessChromium;

/** The start page in a real headless Chromium: a sub-district's graph drawn from the seeded database. */
@BrowserTest
class StartPageIT extends BrowserSession {


    @Test
    void the_start_page_draws_a_sub_district_in_chinese() {
        open("/");

        var graph = HeadlessChromium.waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));

        assertThat(Integer.parseInt(graph.getDomAttribute("data-rendered-nodes"))).isGreaterThan(200);
        assertThat(Integer.parseInt(graph.getDomAttribute("data-rendered-edges"))).isGreaterThan(200);
        assertThat(browser.findElement(By.id("scene-summary")).getText()).contains("个主体");
        assertThat(browser.findElement(By.tagName("canvas")).getSize().getWidth()).isGreaterThan(600);
    }

    @Test
    void searching_xianxia_and_choosing_it_shows_its_neighbours_and_provenance() {
        open("/");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));

        var input = browser.findElement(By.cssSelector("#search input"));
        input.sendKeys("仙霞");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), '仙霞新村街道 ·')]"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "仙霞新村街道"));
        wait.until(driver -> ((String) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('scene-summary').textContent")).matches("\\d+ 个主体.*"));
        var graph = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));
        int neighbours = Integer.parseInt(graph.getDomAttribute("data-rendered-nodes"));
        assertThat(neighbours).isBetween(5, 200);
        assertThat(browser.findElement(By.id("provenance")).getText()).contains("F01");
        assertThat(browser.findElement(By.id("properties")).getText()).contains("areaKm2: 2.26", "population: 81000");
        assertThat(browser.findElement(By.id("relationships")).getText()).contains("LOCATED_IN", "长宁区");
    }

    @Test
    void a_deep_link_restores_its_scene_and_the_address_follows_the_scene() {
        open("/?focus=yingpu-wang-legal-studio");
        var wait = HeadlessChromium.waitFor(browser);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "王老师法律事务工作室"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));
        assertThat(browser.getCurrentUrl()).endsWith("?focus=yingpu-wang-legal-studio");

        open("/?scope=yingpu");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scene-summary"), "个主体"));
        assertThat(browser.findElement(By.cssSelector("#scope input")).getDomProperty("value")).contains("盈浦街道");
        assertThat(browser.getCurrentUrl()).endsWith("?scope=yingpu");
    }

    @Test
    void the_scene_exports_as_graphml_that_parses_with_every_drawn_stakeholder() throws Exception {
        open("/?scope=yingpu");
        var graph = HeadlessChromium.waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));
        int drawn = Integer.parseInt(graph.getDomAttribute("data-rendered-nodes"));

        browser.findElement(By.cssSelector("#scene-exports vaadin-menu-bar-button")).click();
        String href = HeadlessChromium.waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("export-graphml"))).getDomProperty("href");
        String graphMl = (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphMl.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength()).isEqualTo(drawn);
        assertThat(graphMl).contains("盈浦街道");
    }

    @Test
    void expanding_a_stakeholder_adds_its_neighbours_and_undo_takes_them_away_again() {
        open("/?focus=yingpu-wang-legal-studio");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "王老师法律事务工作室"));
        int before = renderedNodes(wait);

        // expand the sub-district the studio hangs from: select it through the canvas's own event
        browser.executeScript("""
                document.querySelector('troika-graph').dispatchEvent(
                    new CustomEvent('node-expand', { detail: { id: 'yingpu' } }));""");
        wait.until(driver -> renderedNodes(wait) > before);
        int expanded = renderedNodes(wait);

        browser.findElement(By.id("scene-undo")).click();
        wait.until(driver -> renderedNodes(wait) == before);
        browser.findElement(By.id("scene-redo")).click();
        wait.until(driver -> renderedNodes(wait) == expanded);
        assertThat(expanded).isGreaterThan(before);
    }

    @Test
    void stakeholders_can_be_sized_by_degree_and_coloured_by_community() {
        open("/?scope=xianxia");
        var wait = HeadlessChromium.waitFor(browser);
        renderedNodes(wait);
        assertThat(distinct("size")).isEqualTo(1);

        choose(wait, "style-size", "度");
        wait.until(driver -> distinct("size") > 3);
        choose(wait, "style-colour", "按社群");
        wait.until(driver -> distinct("colour") > 1);
        assertThat(distinct("size")).isGreaterThan(3);
    }

    @Test
    void the_kind_filter_draws_only_the_chosen_kinds() {
        open("/?scope=yingpu");
        var wait = HeadlessChromium.waitFor(browser);
        int all = renderedNodes(wait);

        var input = browser.findElement(By.cssSelector("#filter-kinds input"));
        input.sendKeys("业委会");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='业委会']"))).click();
        input.sendKeys(Keys.ESCAPE);

        wait.until(driver -> distinct("kind") == 1 && renderedNodes(wait) < all);
        assertThat(renderedNodes(wait)).isEqualTo(61);
    }

    private void choose(WebDriverWait wait, String select, String item) {
        browser.executeScript("document.getElementById(arguments[0]).opened = true;", select);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + item + "']"))).click();
    }

    @Test
    void shift_clicking_a_second_stakeholder_and_asking_for_the_path_highlights_it_and_keeps_it_in_the_address() {
        open("/?focus=yingpu-wang-legal-studio&steps=e.yingpu-foundation");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));

        new Actions(browser).moveToLocation(screen("yingpu-foundation", "x"), screen("yingpu-foundation", "y"))
                .keyDown(Keys.SHIFT).click().keyUp(Keys.SHIFT).perform();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("scene-path"))).click();

        wait.until(driver -> driver.getCurrentUrl().contains("p.yingpu-wang-legal-studio.yingpu-foundation"));
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('graph').nodeStyle('yingpu-foundation').highlighted"));
    }

    private int screen(String id, String axis) {
        return ((Number) browser.executeScript(
                "return document.getElementById('graph').viewportPointOf(arguments[0])[arguments[1]]", id, axis)).intValue();
    }

    private long distinct(String data) {
        return ((Number) browser.executeScript("""
                const canvas = document.querySelector('troika-graph');
                return new Set(canvas.nodeIds().map(id => String(canvas.nodeStyle(id)[arguments[0]]))).size;""", data)).longValue();
    }

    private int renderedNodes(WebDriverWait wait) {
        var graph = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));
        return Integer.parseInt(graph.getDomAttribute("data-rendered-nodes"));
    }

    @Test
    void the_language_switch_turns_the_labels_english() {
        open("/");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));

        browser.findElement(By.id("language-switch")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scene-summary"), "stakeholders"));
        assertThat(browser.findElement(By.id("legend")).getText()).contains("Party organisations");
    }
}
