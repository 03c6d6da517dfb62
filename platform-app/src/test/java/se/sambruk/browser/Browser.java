package se.sambruk.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One headless Chromium for all browser test classes of a test JVM: the system's Chromium and
 * chromedriver (Debian packages {@code chromium} and {@code chromium-driver}), never a downloaded
 * one, started for the first browser test and quit when the JVM's tests end (a start costs 1-2 s,
 * once for each of some twenty classes before). After each class it is left as a new one would
 * be: on a blank page, without cookies; a browser that no longer answers is quit, and the next
 * class starts another. Where Chromium or chromedriver is missing each browser test is skipped,
 * saying why. A failed test leaves a screenshot and the page source in
 * {@code target/browser-failures/}.
 * <p>
 * Test classes run one after another (surefire runs no tests in parallel), so one instance
 * serves them all in turn.
 */
final class Browser implements BeforeEachCallback, AfterAllCallback, TestWatcher {

    private static final Path CHROMIUM = Path.of(System.getProperty("sambruk.browser.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("sambruk.browser.chromedriver", "/usr/bin/chromedriver"));
    private static final Path FAILURES = Path.of("target", "browser-failures");

    private ChromeDriver driver;
    private Path profile;

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                () -> "Browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver, or set -Dsambruk.browser.chromium/-Dsambruk.browser.chromedriver)");
        if (driver == null) {
            start();
            // quit when the whole test plan has run (JUnit closes the root store's AutoCloseable values)
            context.getRoot().getStore(ExtensionContext.Namespace.create(Browser.class))
                    .computeIfAbsent("quit", key -> (AutoCloseable) this::quit);
        }
    }

    private void start() throws IOException {
        profile = Files.createTempDirectory("sambruk-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                        "--window-size=1280,1024", "--user-data-dir=" + profile);
        // An explicit driver and browser: Selenium Manager (which would download them) never runs.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
        // axe-core in every new document, sent once: sending its 650 kB with each page took as long as axe's run
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", Axe.SOURCE));
    }

    /** Leaves the browser as a new one: a blank page (no page of this class polls on), no cookies of any site. */
    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver == null) {
            return;
        }
        try {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        } catch (RuntimeException e) {
            quit();
        }
    }

    private void quit() throws IOException {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                // a browser that no longer answers: its processes end with chromedriver's
            } finally {
                driver = null;
            }
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
            profile = null;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + (context.getDisplayName().startsWith("[") ? context.getDisplayName().replaceAll("[^\\w\\[\\]-]+", "_") : "");
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(FAILURES.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
