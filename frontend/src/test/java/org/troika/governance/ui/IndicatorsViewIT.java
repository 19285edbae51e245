package org.troika.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.troika.BrowserSession;
import org.troika.BrowserTest;
import org.troika.HeadlessChromium;

/** The indicators view in headless Chromium: the sub-districts compared, and every published figure reproduced. */
@BrowserTest
class IndicatorsViewIT extends BrowserSession {


    @Test
    void the_fact_check_shows_every_figure_reproduced() {
        open("/indicators");
        var summary = HeadlessChromium.waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("fact-check-summary")));

        assertThat(summary.getText()).matches("(\\d+) 个公布数字中有 \\1 个由图谱复现");
        assertThat(browser.findElement(By.id("indicator-comparison")).getText()).contains("仙霞新村街道", "盈浦街道");
    }

    @Test
    void in_english_the_comparison_names_its_indicators() {
        open("/indicators?lang=en");
        var summary = HeadlessChromium.waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("fact-check-summary")));

        assertThat(summary.getText()).matches("(\\d+) of \\1 published figures reproduced by the graph");
    }
}
