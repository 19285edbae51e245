package org.troika.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.troika.BrowserSession;
import org.troika.BrowserTest;
import org.troika.TestUsers;

/** Who may open which view, in headless Chromium through the real login view. */
@BrowserTest
class SignInIT extends BrowserSession {

    @Test
    void an_anonymous_visitor_opens_every_view_but_the_import_without_signing_in() {
        for (String path : List.of("/", "/estates", "/indicators", "/tours", "/glossary", "/data", "/about")) {
            open(path);
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
            assertThat(browser.getCurrentUrl()).as(path).doesNotContain("/login");
        }
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item[path='data/import']"))).isEmpty();
    }

    @Test
    void the_import_sends_an_anonymous_visitor_to_sign_in_and_back_to_the_import_as_staff() {
        open("/data/import");
        waitFor().until(ExpectedConditions.urlContains("/login"));
        waitFor().until(driver -> loginField("vaadinLoginUsername") != null);

        loginField("vaadinLoginUsername").sendKeys(TestUsers.STAFF);
        loginField("vaadinLoginPassword").sendKeys(TestUsers.PASSWORD + Keys.ENTER);

        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("data-import-upload")));
        assertThat(browser.getCurrentUrl()).contains("/data/import");
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo(TestUsers.STAFF);
        assertThat(browser.findElement(By.id("data-import-actor")).getText()).contains(TestUsers.STAFF);
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item[path='data/import']"))).hasSize(1);
    }

    @Test
    void a_researcher_signed_in_does_not_get_the_import() {
        signIn(TestUsers.RESEARCHER);
        open("/data/import");

        waitFor().until(driver -> !driver.getPageSource().isBlank());
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("body")));
        assertThat(browser.findElements(By.id("data-import-upload"))).isEmpty();
    }

    @Test
    void a_wrong_password_is_told_and_signing_out_makes_the_visitor_anonymous_again() {
        open("/login?lang=en");
        waitFor().until(driver -> loginField("vaadinLoginUsername") != null);
        loginField("vaadinLoginUsername").sendKeys(TestUsers.STAFF);
        loginField("vaadinLoginPassword").sendKeys("not the password at all" + Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("error"));
        waitFor().until(driver -> String.valueOf(browser.executeScript(
                "const form = document.querySelector('vaadin-login-form'); return form && form.error;")).equals("true"));

        signIn(TestUsers.ADMIN);
        browser.findElement(By.id("sign-out")).click();

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertThat(browser.findElements(By.id("signed-in-user"))).allMatch(element -> !element.isDisplayed());
    }
}
