package org.troika;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
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

    protected WebDriverWait waitFor() {
        return HeadlessChromium.waitFor(browser);
    }
}
