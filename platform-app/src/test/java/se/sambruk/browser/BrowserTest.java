package se.sambruk.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real application on a random port, driven by a real browser. Every page a test reaches
 * through {@link #open} or {@link #navigate} is checked with axe-core for WCAG 2.1 AA, and its
 * layout at 1280 and 375 px ({@link Layout}: no clipped text, no sideways scrolling, a screenshot
 * of each kind of page in target/screenshots/).
 */
abstract class BrowserTest extends PlatformTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    private int port;

    protected WebDriver driver;

    @BeforeEach
    void freshSession() {
        driver = browser.driver();
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    /** Loads a page of the app (a path such as {@code /login}) and checks its accessibility. */
    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
        checkPage();
    }

    /** Does something that loads another page (a click, a submit), waits for it and checks its accessibility. */
    protected void navigate(Runnable action) {
        WebElement previous = find(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(previous));
        checkPage();
    }

    /**
     * Whether an element's document has been replaced. While Chromium swaps documents it may
     * answer "does not belong to the document" rather than a stale reference (a flaky CI run).
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private void checkPage() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        long started = System.nanoTime();
        Axe.assertNoViolations(driver);
        long axed = System.nanoTime();
        Layout.check((org.openqa.selenium.chrome.ChromeDriver) driver, path());
        CHECKS[0]++;
        CHECKS[1] += axed - started;
        CHECKS[2] += System.nanoTime() - axed;
    }

    /** Pages checked in this JVM, and the nanoseconds in axe and in the layout check (with its screenshots). */
    private static final long[] CHECKS = new long[3];

    /** The running totals in each class's output (target/surefire-reports/*-output.txt): the last is the JVM's. */
    @AfterAll
    static void reportChecks() {
        System.out.printf("Browser checks in this JVM so far: %d pages, axe %d s, layout at %d and %d px %d s, %d screenshots%n",
                CHECKS[0], CHECKS[1] / 1_000_000_000, Layout.DESKTOP, Layout.PHONE, CHECKS[2] / 1_000_000_000, Layout.screenshots());
    }

    protected WebElement find(By by) {
        return driver.findElement(by);
    }

    protected WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * Fills platform-schooldata's SS 12000 connection form (the same fields on UKA's, Tillarbetslivet's
     * and EGIL's pages), typing over what a saved connection shows; the secret only when given. Then
     * submits the form posting to {@code action}.
     */
    protected void saveSchoolDataConnection(String action, String baseUrl, String tokenUrl, String clientId, String clientSecret) {
        for (String[] field : new String[][] {{"#baseUrl", baseUrl}, {"#tokenUrl", tokenUrl}, {"#clientId", clientId}}) {
            find(field[0]).clear();
            find(field[0]).sendKeys(field[1]);
        }
        if (clientSecret != null) {
            find("#clientSecret").sendKeys(clientSecret);
        }
        navigate(() -> find("main form[action='" + action + "'] button[type=submit]").click());
    }

    /** The path (and query) of the page the browser shows. */
    protected String path() {
        return driver.getCurrentUrl().substring(("http://localhost:" + port).length());
    }

    protected void signIn(String username, String password) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        navigate(() -> find("main button[type=submit]").click());
    }

    protected void signIn(String username) {
        signIn(username, DEMO_PASSWORD);
    }

    // Keyboard

    protected void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /**
     * Presses Tab until the focused element is the one described (see {@link #focusedElement()}),
     * checking at each stop that focus is visible, and returns the stops on the way.
     */
    protected List<String> tabUntil(String stop, int maxStops) {
        List<String> stops = new ArrayList<>();
        while (stops.size() < maxStops) {
            press(Keys.TAB);
            String focused = focusedElement();
            assertThat(focusIsVisible()).as("visible focus on %s after %s", focused, stops).isTrue();
            stops.add(focused);
            if (focused.equals(stop)) {
                return stops;
            }
        }
        throw new AssertionError("Tab never reached " + stop + " in " + maxStops + " stops: " + stops);
    }

    /** The focused element as {@code #id}, or as its tag and text such as {@code a "Tjänster"}. */
    protected String focusedElement() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const e = document.activeElement;
                return e.id ? '#' + e.id : e.tagName.toLowerCase() + ' "' + e.innerText.trim().replace(/\\s+/g, ' ') + '"';
                """);
    }

    /** Whether the focused element draws a focus indicator: an outline or a box shadow. */
    protected boolean focusIsVisible() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const s = getComputedStyle(document.activeElement);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                """);
    }
}
