package se.sambruk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout checks every browser test makes on every page it reaches, at 1280 px and at 375 px
 * (a phone): no text is clipped (no element whose content overflows a box that hides its
 * overflow) and nothing makes the page scroll sideways (content wider than the page must sit in
 * a box that scrolls). A full-page screenshot of each kind of page (its path with numbers as
 * {id}) at both widths (the desktop's at half scale) is kept in {@code target/screenshots/} for review.
 */
final class Layout {

    static final int DESKTOP = 1280;
    static final int PHONE = 375;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> TAKEN = new HashSet<>();

    /** Elements whose own box hides part of their text: overflow hidden or clip, content larger than the box. */
    private static final String CLIPPED = """
            const found = [];
            for (const e of document.body.querySelectorAll('*')) {
              if (e.closest('.visually-hidden, .leaflet-container, svg, select, option, input, textarea, script, style, template, head')) continue;
              const s = getComputedStyle(e);
              if (s.display === 'none' || s.visibility === 'hidden') continue;
              const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip';
              const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip';
              if (!hidesX && !hidesY) continue;
              if (e.clientWidth <= 1 || e.clientHeight <= 1) continue;
              if (!e.textContent.trim()) continue;
              if ((hidesX && e.scrollWidth > e.clientWidth + 1) || (hidesY && e.scrollHeight > e.clientHeight + 1)) {
                found.push(describe(e) + ' shows ' + e.clientWidth + 'x' + e.clientHeight + ' of ' + e.scrollWidth + 'x' + e.scrollHeight);
              }
            }
            return found;
            function describe(e) {
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + e.textContent.trim().replace(/\\s+/g, ' ').substring(0, 40) + '"';
            }
            """;

    /** Elements reaching past the page's right edge that no scrolling box of theirs contains. */
    private static final String SIDEWAYS = """
            const width = document.documentElement.clientWidth;
            const found = [];
            if (document.documentElement.scrollWidth <= width + 1) return found;
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 || r.right <= width + 1) continue;
              let contained = false;
              for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                const s = getComputedStyle(p);
                if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX)) { contained = true; break; }
              }
              if (contained || e.closest('.visually-hidden, .skip-link')) continue;
              found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' right edge ' + Math.round(r.right) + ' > ' + width);
              if (found.length >= 8) break;
            }
            return found;
            """;

    /** {@link #SIDEWAYS} with the page's closed details elements opened, closed again afterwards. */
    private static final String OPENED_SIDEWAYS = """
            const closed = [...document.querySelectorAll('details:not([open])')];
            closed.forEach(d => d.open = true);
            try {
              return (() => { %s })();
            } finally {
              closed.forEach(d => d.open = false);
            }
            """;

    private Layout() {
    }

    /** Checks the page at both widths (leaving the browser at the desktop width) and keeps its screenshots. */
    static void check(ChromeDriver driver, String path) {
        String kind = kind(path);
        checkAt(driver, DESKTOP, kind);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        try {
            checkAt(driver, PHONE, kind);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkAt(ChromeDriver driver, int width, String kind) {
        JavascriptExecutor js = driver;
        List<String> clipped = (List<String>) js.executeScript(CLIPPED);
        assertThat(clipped).as("clipped text at %d px on %s", width, kind).isEmpty();
        List<String> sideways = (List<String>) js.executeScript(SIDEWAYS);
        assertThat(sideways).as("content wider than the page at %d px on %s", width, kind).isEmpty();
        // the same with every closed details element opened (a chart's figures, a form's help), then closed again
        List<String> opened = (List<String>) js.executeScript(OPENED_SIDEWAYS.formatted(SIDEWAYS));
        assertThat(opened).as("content wider than the page at %d px on %s with its details opened", width, kind).isEmpty();
        screenshot(driver, kind + "@" + width, width == DESKTOP ? 0.5 : 1);
    }

    /** How many screenshots were kept (one per kind of page and width). */
    static int screenshots() {
        synchronized (TAKEN) {
            return TAKEN.size();
        }
    }

    /** The kind of page: its path without the query, numbers as {id} and long tokens as {token}, e.g. /councils/bibblix/proposals/{id}. */
    static String kind(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return withoutQuery.replaceAll("/\\d+(?=/|$)", "/{id}").replaceAll("/[0-9a-fA-F_-]{16,}(?=/|$)", "/{token}");
    }

    /**
     * A full-page screenshot, the desktop's at half scale (640 px wide): at full scale it took as
     * long as axe's run on the page, at half a quarter of that.
     */
    @SuppressWarnings("unchecked")
    private static void screenshot(ChromeDriver driver, String name, double scale) {
        String file = name.replaceAll("^/", "").replaceAll("[^A-Za-z0-9@{}._-]+", "_");
        if (file.isEmpty() || file.startsWith("@")) {
            file = "start" + file;
        }
        synchronized (TAKEN) {
            if (!TAKEN.add(file)) {
                return;
            }
        }
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(8000, ((Number) size.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", scale)));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(file + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
