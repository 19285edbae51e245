package org.troika.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.troika.BrowserTest;
import org.troika.HeadlessChromium;

/** The start page in a real headless Chromium: a sub-district's graph drawn from the seeded database. */
@BrowserTest
class StartPageIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start(1280, 800);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void the_start_page_draws_a_sub_district_in_chinese() {
        browser.get("http://localhost:" + port + "/");

        var graph = HeadlessChromium.waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));

        assertThat(Integer.parseInt(graph.getDomAttribute("data-rendered-nodes"))).isGreaterThan(200);
        assertThat(Integer.parseInt(graph.getDomAttribute("data-rendered-edges"))).isGreaterThan(200);
        assertThat(browser.findElement(By.id("scene-summary")).getText()).contains("个主体");
        assertThat(browser.findElement(By.tagName("canvas")).getSize().getWidth()).isGreaterThan(600);
    }

    @Test
    void the_language_switch_turns_the_labels_english() {
        browser.get("http://localhost:" + port + "/");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("troika-graph[data-settled]")));

        browser.findElement(By.id("language-switch")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scene-summary"), "stakeholders"));
        assertThat(browser.findElement(By.id("legend")).getText()).contains("Party organisations");
    }
}
