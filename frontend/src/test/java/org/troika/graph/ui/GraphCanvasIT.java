package org.troika.graph.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.troika.BrowserSession;
import org.troika.BrowserTest;

/** The graph canvas's layouts, pins, badges, highlights, selections, exports and renderers in a real headless Chromium. */
@BrowserTest
class GraphCanvasIT extends BrowserSession {

    private static final String CY = "const cy = document.getElementById('graph').cy;";

    @Test
    void the_force_layout_is_computed_in_a_worker_while_the_page_stays_responsive() {
        openScene(300);
        assertThat(graph().getDomAttribute("data-layout")).isEqualTo("force");
        assertThat(graph().getDomAttribute("data-renderer")).isEqualTo("canvas");
        assertThat(drawsWithWebgl()).isFalse();
        browser.executeScript("""
                window.layoutRequests = [];
                window.longestPause = 0;
                const send = Worker.prototype.postMessage;
                Worker.prototype.postMessage = function (request) {
                  window.layoutRequests.push({ kind: request.kind, nodes: request.nodes.length });
                  // while the worker computes, the main thread keeps running timers: record the longest pause
                  const sent = performance.now();
                  let last = sent;
                  const timer = setInterval(() => {
                    const now = performance.now();
                    window.longestPause = Math.max(window.longestPause, now - last);
                    last = now;
                  }, 5);
                  this.addEventListener('message', () => {
                    clearInterval(timer);
                    window.workerTime = performance.now() - sent;
                  }, { once: true });
                  return send.call(this, request);
                };""");

        click("layout-force");
        waitForSettled();

        assertThat(script("return window.layoutRequests")).isEqualTo(List.of(Map.of("kind", "force", "nodes", 300L)));
        // computed on the main thread, the simulation would stall the timers for as long as it ran
        double computing = number("return window.workerTime");
        assertThat(number("return window.longestPause")).isLessThan(Math.max(100, computing / 2));
        assertThat(graph().getDomAttribute("data-rendered-nodes")).isEqualTo("300");
    }

    @Test
    void the_radial_layout_rings_the_stakeholders_by_hops_around_the_focus() {
        openScene(40);
        click("layout-radial");
        waitFor().until(driver -> "radial".equals(graph().getDomAttribute("data-layout")));
        waitForSettled();

        double focus = distanceFromDistrict("district");
        double oneHop = distanceFromDistrict("sub-district-1");
        double twoHops = distanceFromDistrict("committee-1");
        double threeHops = distanceFromDistrict("estate-1");
        assertThat(focus).isZero();
        assertThat(distanceFromDistrict("sub-district-2")).isCloseTo(oneHop, within(0.01));
        assertThat(oneHop).isPositive().isLessThan(twoHops);
        assertThat(twoHops).isLessThan(threeHops);
    }

    @Test
    void the_hierarchical_layout_draws_containers_and_leaders_above_what_they_hold() {
        openScene(40);
        click("layout-hierarchical");
        waitFor().until(driver -> "hierarchical".equals(graph().getDomAttribute("data-layout")));
        waitForSettled();

        long wrongWay = ((Number) browser.executeScript(CY + """
                const up = new Set(['LOCATED_IN', 'MEMBER_OF']);
                return cy.edges().filter(edge => {
                  const [parent, child] = up.has(edge.data('type')) ? [edge.target(), edge.source()]
                      : edge.data('type') === 'LEADS' ? [edge.source(), edge.target()] : [null, null];
                  return parent && parent.position('y') >= child.position('y');
                }).length;""")).longValue();
        assertThat(wrongWay).isZero();
        // an owners' committee is in no chain of its own: it hangs below its estate, not beside the district
        assertThat(y("owners-1")).isGreaterThan(y("estate-1"));
        assertThat(y("district")).isLessThan(y("sub-district-1"));
    }

    @Test
    void a_pinned_stakeholder_wears_a_ring_stays_put_through_layouts_and_a_right_click_toggles_a_pin() {
        openScene(40);
        click("pin-sub-district");
        waitFor().until(driver -> Boolean.TRUE.equals(browser.executeScript(CY
                + "return cy.getElementById('sub-district-1').locked();")));
        assertThat(number(CY + "return parseFloat(cy.getElementById('sub-district-1').style('outline-width'));"))
                .isGreaterThanOrEqualTo(2);
        Object before = position("sub-district-1");

        click("layout-radial");
        waitFor().until(driver -> "radial".equals(graph().getDomAttribute("data-layout")));
        waitForSettled();
        assertThat(position("sub-district-1")).isEqualTo(before);

        new Actions(browser).moveToLocation(screenX("estate-1"), screenY("estate-1")).contextClick().perform();
        waitForEvent("pin estate-1 true 2");
        assertThat(browser.executeScript(CY + "return cy.getElementById('estate-1').hasClass('pinned');")).isEqualTo(true);

        new Actions(browser).moveToLocation(screenX("estate-1"), screenY("estate-1")).contextClick().perform();
        waitForEvent("pin estate-1 false 1");
        assertThat(browser.executeScript(CY + "return cy.getElementById('estate-1').locked();")).isEqualTo(false);
    }

    @Test
    void more_badges_sit_beside_their_stakeholders_are_not_counted_and_a_click_asks_for_more() {
        openScene(40);
        click("more");
        waitFor().until(driver -> number(CY + "return cy.nodes('.more-badge').length;") == 2);

        assertThat(browser.executeScript(CY + "return cy.getElementById('more-badge:committee-1').data('label');"))
                .isEqualTo("+7");
        assertThat(graph().getDomAttribute("data-rendered-nodes")).isEqualTo("40");
        // the badge follows its stakeholder when the scene is laid out again
        click("layout-hierarchical");
        waitFor().until(driver -> "hierarchical".equals(graph().getDomAttribute("data-layout")));
        waitForSettled();
        assertThat(graph().getDomAttribute("data-rendered-nodes")).isEqualTo("40");
        assertThat(number(CY + """
                const badge = cy.getElementById('more-badge:committee-1').position();
                const owner = cy.getElementById('committee-1').position();
                return Math.hypot(badge.x - owner.x, badge.y - owner.y);""")).isLessThan(20);

        String badge = "more-badge:committee-1";
        new Actions(browser).moveToLocation(screenX(badge), screenY(badge)).click().perform();
        waitForEvent("more committee-1");
        assertThat(events()).doesNotContain("select more-badge");

        click("no-more");
        waitFor().until(driver -> number(CY + "return cy.nodes('.more-badge').length;") == 0);
    }

    @Test
    void a_highlight_fades_all_but_the_path_and_an_empty_one_clears_it() {
        openScene(40);
        click("highlight");
        waitFor().until(driver -> number(CY + "return cy.elements('.highlighted').length;") == 5);

        assertThat(number(CY + "return cy.elements('.faded').length;"))
                .isEqualTo(number(CY + "return cy.elements().length;") - 5);
        assertThat(number(CY + "return parseFloat(cy.getElementById('estate-1').style('opacity'));")).isLessThan(0.5);

        click("clear-highlight");
        waitFor().until(driver -> number(CY + "return cy.elements('.faded, .highlighted').length;") == 0);
    }

    @Test
    void shift_click_adds_to_the_selection_and_a_plain_click_replaces_it() {
        openScene(40);

        new Actions(browser).moveToLocation(screenX("estate-1"), screenY("estate-1")).click().perform();
        waitForEvent("select estate-1");
        new Actions(browser).moveToLocation(screenX("estate-2"), screenY("estate-2"))
                .keyDown(Keys.SHIFT).click().keyUp(Keys.SHIFT).perform();
        waitForEvent("select estate-2 additive");
        assertThat(events()).doesNotContain("select estate-1 additive");

        click("select-two");
        waitFor().until(driver -> number(CY + "return cy.nodes(':selected').length;") == 2);
    }

    @Test
    void the_scene_exports_as_png_and_as_svg_without_the_badges() throws Exception {
        openScene(40);
        click("more");
        waitFor().until(driver -> number(CY + "return cy.nodes('.more-badge').length;") == 2);
        captureDownloads();

        click("export-png");
        var png = waitForDownload(0);
        assertThat(png.get("name")).isEqualTo("scene.png");
        byte[] bytes = Base64.getDecoder().decode((String) png.get("base64"));
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');

        click("export-svg");
        var svg = waitForDownload(1);
        assertThat(svg.get("name")).isEqualTo("scene.svg");
        String text = new String(Base64.getDecoder().decode((String) svg.get("base64")), StandardCharsets.UTF_8);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        var labels = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        // one label per stakeholder: the badges' "+7" and "+12" are left out
        assertThat(labels.getLength()).isEqualTo(40);
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image").getLength()).isEqualTo(40);
        assertThat(text).contains("Sub-district 1").doesNotContain("+7");
    }

    @Test
    void a_large_scene_is_drawn_with_webgl_and_still_exports() {
        open("/canvas-test?nodes=1100");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));
        assertThat(graph().getDomAttribute("data-rendered-nodes")).isEqualTo("1100");
        assertThat(graph().getDomAttribute("data-renderer")).isEqualTo("webgl");
        assertThat(drawsWithWebgl()).isTrue();

        captureDownloads();
        click("export-png");
        byte[] bytes = Base64.getDecoder().decode((String) waitForDownload(0).get("base64"));
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void the_start_page_draws_kind_icons_and_its_legend_shows_them_beside_the_colours() {
        open("/");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));

        assertThat(graph().getDomAttribute("data-layout")).isEqualTo("force");
        assertThat(number(CY + "return cy.nodes('[icon]').length;"))
                .isEqualTo(Long.parseLong(graph().getDomAttribute("data-rendered-nodes")));
        List<WebElement> swatches = browser.findElements(By.cssSelector("#legend .troika-swatch"));
        assertThat(swatches).hasSize(9);
        for (WebElement swatch : swatches) {
            assertThat(swatch.getCssValue("background-image")).startsWith("url(\"data:image/svg+xml;base64,");
        }
        assertThat(browser.findElement(By.id("legend")).getText()).contains("党组织");
    }

    private void openScene(int nodes) {
        open("/canvas-test?nodes=" + nodes);
        waitForSettled();
        assertThat(graph().getDomAttribute("data-rendered-nodes")).isEqualTo(String.valueOf(nodes));
    }

    private WebElement graph() {
        return browser.findElement(By.id("graph"));
    }

    private void waitForSettled() {
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));
    }

    /**
     * Clicks a button of the test page. A layout button first clears {@code data-settled}, so that waiting for it
     * waits for the new layout rather than seeing the last one's mark before the request reaches the canvas.
     */
    private void click(String button) {
        if (button.startsWith("layout-")) {
            browser.executeScript("document.getElementById('graph').removeAttribute('data-settled');");
        }
        browser.findElement(By.id(button)).click();
    }

    private void waitForEvent(String line) {
        waitFor().until(driver -> events().lines().anyMatch(line::equals));
    }

    private String events() {
        return browser.findElement(By.id("events")).getText();
    }

    private Object script(String script) {
        return browser.executeScript(script);
    }

    private double number(String script) {
        return ((Number) browser.executeScript(script)).doubleValue();
    }

    /** Whether one of Cytoscape's layers holds a WebGL context (asking a 2D canvas for one gives null). */
    private boolean drawsWithWebgl() {
        return (Boolean) browser.executeScript(
                "return [...document.querySelectorAll('#graph canvas')].some(canvas => canvas.getContext('webgl2') !== null);");
    }

    private double distanceFromDistrict(String id) {
        return ((Number) browser.executeScript(CY + """
                const a = cy.getElementById(arguments[0]).position(), b = cy.getElementById('district').position();
                return Math.hypot(a.x - b.x, a.y - b.y);""", id)).doubleValue();
    }

    private double y(String id) {
        return number(CY + "return cy.getElementById('" + id + "').position('y');");
    }

    private Object position(String id) {
        return browser.executeScript(CY + "const p = cy.getElementById(arguments[0]).position(); return [p.x, p.y];", id);
    }

    private int screenX(String id) {
        return (int) Math.round(number(CY + "return cy.container().getBoundingClientRect().left"
                + " + cy.getElementById('" + id + "').renderedPosition('x');"));
    }

    private int screenY(String id) {
        return (int) Math.round(number(CY + "return cy.container().getBoundingClientRect().top"
                + " + cy.getElementById('" + id + "').renderedPosition('y');"));
    }

    /** Records each file the page offers for download: the blob behind the object URL and the anchor's file name. */
    private void captureDownloads() {
        browser.executeScript("""
                window.downloads = [];
                const blobs = new Map();
                const createObjectURL = URL.createObjectURL;
                URL.createObjectURL = blob => {
                  const url = createObjectURL(blob);
                  blobs.set(url, blob);
                  return url;
                };
                HTMLAnchorElement.prototype.click = function () {
                  const blob = blobs.get(this.href);
                  const name = this.download;
                  const reader = new FileReader();
                  reader.onload = () => window.downloads.push({ name, base64: reader.result.split(',')[1] });
                  reader.readAsDataURL(blob);
                };""");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> waitForDownload(int index) {
        waitFor().until(driver -> number("return window.downloads.length") > index);
        return (Map<String, Object>) browser.executeScript("return window.downloads[arguments[0]]", index);
    }
}
