package org.troika.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.troika.BrowserSession;
import org.troika.BrowserTest;

/** The glossary in a real headless Chromium: deep links to a term, from an address and from a tour step. */
@BrowserTest
class GlossaryIT extends BrowserSession {

    @Test
    void an_address_with_a_term_anchor_scrolls_to_that_term_and_marks_it() {
        open("/glossary#party-building-instructor");
        var wait = waitFor();

        var term = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#party-building-instructor.glossary-term--target")));

        assertThat(inViewport(term.getDomAttribute("id"))).isTrue();
        assertThat(inViewport("three-carriages")).isFalse();
    }

    @Test
    void a_term_of_a_tour_step_opens_the_glossary_at_that_term() {
        open("/tours/red-committees-xianxia/4");
        var wait = waitFor();

        var link = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#tour-terms a[href='glossary#party-building-instructor']")));
        // the step's column scrolls on its own: bring the link to the middle of it before clicking
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        wait.until(ExpectedConditions.elementToBeClickable(link)).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#party-building-instructor.glossary-term--target")));
        assertThat(browser.getCurrentUrl()).endsWith("/glossary#party-building-instructor");
        assertThat(inViewport("party-building-instructor")).isTrue();
    }

    private boolean inViewport(String id) {
        return (Boolean) browser.executeScript("""
                const box = document.getElementById(arguments[0]).getBoundingClientRect();
                return box.top >= 0 && box.top < window.innerHeight;""", id);
    }
}
