package org.troika.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.troika.BrowserSession;
import org.troika.BrowserTest;
import org.troika.graph.GraphService;
import org.troika.graph.SubDistrict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The indicator charts in headless Chromium: drawn by ECharts as SVG, and relabelled by the language switch. */
@BrowserTest
class IndicatorChartsIT extends BrowserSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    GraphService graphs;

    @Test
    void the_three_charts_are_drawn_with_their_series() {
        open("/indicators");
        int subDistricts = graphs.subDistricts().size();

        WebElement counts = drawnChart("indicator-counts-chart");
        WebElement shares = drawnChart("indicator-shares-chart");
        WebElement stars = drawnChart("indicator-stars-chart");

        assertThat(counts.getAttribute("data-rendered-series")).isEqualTo(String.valueOf(subDistricts));
        assertThat(counts.getAttribute("data-rendered-categories")).isEqualTo(String.valueOf(CountGroup.ESTATES.fields().size()));
        assertThat(shares.getAttribute("data-rendered-series")).isEqualTo(String.valueOf(subDistricts));
        assertThat(stars.getAttribute("data-rendered-series")).isEqualTo("3");
        for (WebElement chart : List.of(counts, shares, stars)) {
            assertThat(chart.findElements(By.cssSelector("svg path"))).as(chart.getAttribute("id")).isNotEmpty();
            // drawn to the width the page gives it, not wider (the layout settles after the chart starts)
            waitFor().until(driver -> browser.executeScript(
                    "return arguments[0].querySelector('svg').getBoundingClientRect().width === arguments[0].clientWidth", chart)
                    .equals(Boolean.TRUE));
        }
        assertThat(texts(rendered(counts).get("categories"))).contains("小区", "老旧小区");
        assertThat(svgText(counts)).contains(graphs.subDistricts().getFirst().name());
    }

    @Test
    void switching_the_language_relabels_the_drawn_charts() {
        open("/indicators");
        drawnChart("indicator-counts-chart");

        browser.findElement(By.id("language-switch")).click();

        waitFor().until(driver -> texts(rendered(chart("indicator-counts-chart")).get("categories")).contains("Old estates"));
        List<String> english = graphs.subDistricts().stream().map(SubDistrict::nameEn).toList();
        WebElement counts = drawnChart("indicator-counts-chart");
        assertThat(rendered(counts).get("series")).extracting(series -> series.get("name").asString())
                .containsExactlyElementsOf(english);
        waitFor().until(driver -> texts(rendered(chart("indicator-stars-chart")).get("categories")).equals(english));
        assertThat(svgText(counts)).contains(english.getFirst()).doesNotContain(graphs.subDistricts().getFirst().name());
    }

    private WebElement chart(String id) {
        return browser.findElement(By.id(id));
    }

    private WebElement drawnChart(String id) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + "[data-rendered-series]")));
    }

    /** What ECharts holds for a chart: its categories and series. */
    private JsonNode rendered(WebElement chart) {
        Object json = browser.executeScript("return arguments[0].renderedOption()", chart);
        return JSON.readTree(json == null ? "{\"categories\": [], \"series\": []}" : json.toString());
    }

    /** The texts the SVG shows: axis labels, legend, values. */
    private String svgText(WebElement chart) {
        return String.valueOf(browser.executeScript(
                "return [...arguments[0].querySelectorAll('svg text')].map(text => text.textContent).join(' ')", chart));
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
