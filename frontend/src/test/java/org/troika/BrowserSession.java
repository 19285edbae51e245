package org.troika;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A headless Chromium at 1280×800 per test, pointed at the application that {@link BrowserTest} started. */
public abstract class BrowserSession {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start(1280, 800);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    /** Opens a page of the application, e.g. {@code /estates?lang=en}. */
    protected void open(String pathAndQuery) {
        browser.get("http://localhost:" + port + pathAndQuery);
    }

    /**
     * Signs in through the real login view, as a user of the test database ({@code TestUsers}), and waits until the
     * page shows them signed in.
     */
    protected void signIn(String username) {
        open("/login");
        var wait = waitFor();
        wait.until(driver -> loginField("vaadinLoginUsername") != null);
        loginField("vaadinLoginUsername").sendKeys(username);
        loginField("vaadinLoginPassword").sendKeys(TestUsers.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
    }

    /** The input of a field of Vaadin's login form, wherever the form keeps it. */
    protected WebElement loginField(String id) {
        return (WebElement) browser.executeScript("""
                const field = document.getElementById(arguments[0])
                    || document.querySelector('vaadin-login-form')?.shadowRoot?.querySelector('#' + arguments[0]);
                return field ? field.querySelector('input') || field.inputElement || null : null;""", id);
    }

    protected WebDriverWait waitFor() {
        return HeadlessChromium.waitFor(browser);
    }
}
