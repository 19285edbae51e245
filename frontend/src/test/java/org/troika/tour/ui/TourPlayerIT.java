package org.troika.tour.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.troika.BrowserSession;
import org.troika.BrowserTest;
import org.troika.HeadlessChromium;
import org.troika.tour.Tour;
import org.troika.tour.Tours;

/** The tour player in a real headless Chromium: the keyboard, presentation mode, a learner's answer and deep links. */
@BrowserTest
class TourPlayerIT extends BrowserSession {

    private static final String TOUR = "red-committees-xianxia";

    @Autowired
    Tours tours;

    @Autowired
    StepScenes scenes;

    @Test
    void tour_one_plays_to_its_end_in_presentation_mode_with_space_and_the_arrow_keys() {
        browser.quit();
        browser = HeadlessChromium.start(1920, 1080);
        Tour tour = tours.find(TOUR).orElseThrow();
        open("/tours/" + TOUR + "?present=true");
        var wait = waitFor();
        settledAt(1, tour);

        var player = browser.findElement(By.id("tour-player"));
        assertThat(player.getDomAttribute("class")).contains(TourPlayerView.PRESENTING);
        assertThat(browser.findElement(By.id("language-switch")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("tour-mode")).isDisplayed()).isFalse();
        assertThat(pixels(browser.findElement(By.id("tour-narrative")).getCssValue("font-size"))).isGreaterThanOrEqualTo(28);
        assertThat(player.getRect().getWidth()).isEqualTo(1920);

        // keys go to the page, not to a focused control
        browser.findElement(By.id("tour-narrative")).click();
        for (int step = 2; step <= tour.steps().size(); step++) {
            new Actions(browser).sendKeys(step % 2 == 0 ? Keys.SPACE : Keys.ARROW_RIGHT).perform();
            settledAt(step, tour);
            assertThat(browser.getCurrentUrl()).endsWith("/tours/" + TOUR + "/" + step + "?present=true");
        }
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        new Actions(browser).sendKeys(Keys.ARROW_LEFT).perform();
        settledAt(tour.steps().size() - 1, tour);

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(driver -> !driver.findElement(By.id("tour-player")).getDomAttribute("class").contains(TourPlayerView.PRESENTING));
        assertThat(browser.getCurrentUrl()).endsWith("/tours/" + TOUR + "/" + (tour.steps().size() - 1));
        assertThat(browser.findElement(By.id("language-switch")).isDisplayed()).isTrue();
    }

    @Test
    void a_learner_picks_an_answer_and_sees_whether_it_is_right() {
        open("/tours/" + TOUR + "/1");
        var wait = waitFor();

        choose("72个").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tour-question-verdict"), "不对"));
        choose("73个").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tour-question-verdict"), "回答正确"));
        assertThat(browser.findElement(By.cssSelector(".tour-question-answer")).getText()).contains("72个业主大会");
        assertThat(browser.findElements(By.cssSelector(".tour-question-notes"))).isEmpty();

        open("/tours/" + TOUR + "/1?lang=en");
        choose("73").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tour-question-verdict"), "Right!"));
    }

    @Test
    void a_deep_link_to_a_step_shows_that_step_with_its_scene_settled_on_the_canvas() {
        Tour tour = tours.find(TOUR).orElseThrow();

        open("/tours/" + TOUR + "?step=3");

        var graph = settledAt(3, tour);
        assertThat(browser.findElement(By.id("tour-step-title")).getText()).isEqualTo(tour.steps().get(2).title().zh());
        assertThat(graph.getDomAttribute("data-layout")).isEqualTo("radial");
        assertThat(browser.getCurrentUrl()).endsWith("/tours/" + TOUR + "/3");

        open("/tours/" + TOUR + "/5?mode=trainer");
        settledAt(5, tour);
        assertThat(browser.findElement(By.cssSelector(".tour-option-correct")).getText()).contains("财务审计");
    }

    /** Waits for a step's counter and for its whole scene drawn and settled; gives the canvas. */
    private WebElement settledAt(int step, Tour tour) {
        int stakeholders = scenes.of(tour.steps().get(step - 1)).nodes().size();
        var wait = waitFor();
        wait.until(ExpectedConditions.textToBe(By.id("tour-counter"), "第 " + step + " 步，共 " + tour.steps().size() + " 步"));
        return wait.until(driver -> {
            var graph = driver.findElement(By.id("tour-graph"));
            return graph.getDomAttribute("data-settled") != null
                    && String.valueOf(stakeholders).equals(graph.getDomAttribute("data-rendered-nodes")) ? graph : null;
        });
    }

    private WebElement choose(String option) {
        return waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-radio-button[.//label[normalize-space(.)='" + option + "']]")));
    }

    private static double pixels(String cssLength) {
        return Double.parseDouble(cssLength.replace("px", ""));
    }
}
