package se.sambruk.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the copy in {@code src/test/resources/axe}, see its README) in the page the
 * browser shows, for WCAG 2.0 and 2.1 levels A and AA. Injected through WebDriver, so the app's
 * content security policy, which forbids inline scripts, does not stop it: {@link Browser} adds it
 * to every new document once (DevTools' {@code Page.addScriptToEvaluateOnNewDocument}), and
 * {@link #assertNoViolations} injects it where it is missing.
 */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static final String SOURCE = load("/axe/axe.min.js");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(r => done({passes: r.passes.length, violations: r.violations.map(v => ({
                  rule: v.id, impact: v.impact, help: v.help,
                  targets: v.nodes.map(n => n.target.join(' ') + '  ' + n.failureSummary.replace(/\\s+/g, ' '))}))}))
              .catch(e => done({error: String(e)}));
            """;

    private Axe() {
    }

    /** Fails, naming each rule, its impact and the failing elements, unless the page has no violations. */
    @SuppressWarnings("unchecked")
    static void assertNoViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe === 'object'"))) {
            js.executeScript(SOURCE);
        }
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN, WCAG_21_AA);
        String page = driver.getCurrentUrl();
        if (result.get("error") != null) {
            throw new AssertionError("axe-core failed on " + page + ": " + result.get("error"));
        }
        if (((Number) result.get("passes")).intValue() == 0) {
            throw new AssertionError("axe-core checked nothing on " + page + " (no passing rule): did it run?");
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " accessibility violation(s) on " + page + ":\n"
                    + violations.stream().map(Axe::describe).collect(Collectors.joining("\n")));
        }
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> violation) {
        return "- " + violation.get("rule") + " (" + violation.get("impact") + "): " + violation.get("help") + "\n"
                + ((List<String>) violation.get("targets")).stream().map(t -> "    " + t).collect(Collectors.joining("\n"));
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
