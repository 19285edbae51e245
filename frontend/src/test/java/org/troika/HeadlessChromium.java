package org.troika;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium and ChromeDriver, headless, with nothing that reaches beyond this machine. */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static ChromeDriver start(int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM_BIN", "/usr/bin/chromium"));
        // the canvas draws with WebGL: without a GPU, ANGLE runs it on Chromium's SwiftShader, which must be allowed
        options.addArguments("--headless=new", "--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                "--ignore-gpu-blocklist", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + width + "," + height);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                .build();
        var browser = new ChromeDriver(service, options);
        // the viewport itself, not the window around it, gets the asked size
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }

    public static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private static String executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        String path = configured == null || configured.isBlank() ? fallback : configured;
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " not found: install Debian's chromium and chromium-driver, or set " + variable);
        }
        return path;
    }
}
