package se.sambruk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UKA's main tasks pass the accessibility and layout checks: the caseworker's daily overview, a
 * person's page, logging a contact with the keyboard alone, correcting an action the SCB checks
 * found by following the check's link, the statistics and the settings; and the young person's own
 * page with a request to be contacted.
 *
 * <p>With {@code -Dsambruk.docs.screenshots=<folder>} (off in normal runs) it also writes the
 * guide's screenshots there (PNG, the 1280 px wide viewport): {@code docs/services/images/} from
 * platform-app is {@code ../docs/services/images}.
 */
class UkaBrowserTests extends BrowserTest {

    static final String NORA = "200904159829";

    /** Writes the viewport as {@code <name>.png} into the guide's folder when asked to; nothing otherwise. */
    private void docsShot(String name) {
        String folder = System.getProperty("sambruk.docs.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Layout.DESKTOP, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            Path dir = Path.of(folder);
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theCaseworkerWalksThroughTheMainTasks() {
        long borlange = organisationId("Borlänge");
        signIn("borlange");
        open("/uka");
        assertThat(find("main").getText()).contains("Mina ungdomar").contains("Uppföljningar att göra");
        docsShot("uka-oversikt");

        // the register, then Nora's page
        navigate(() -> find("main a[href='/uka/personer']").click());
        find("#q").sendKeys("Nora");
        navigate(() -> find("#q").sendKeys(Keys.ENTER));
        navigate(() -> find(By.linkText("Nora Ungdomsson")).click());
        assertThat(find("h1").getText()).isEqualTo("Nora Ungdomsson");
        docsShot("uka-person");

        // a contact logged with the keyboard (the date is today already): type the way, then Tab through the form and Enter on the button
        find("#way").sendKeys("Telefon");
        assertThat(focusedElement()).isEqualTo("#way");
        press(Keys.TAB);
        assertThat(focusedElement()).isEqualTo("#reached");
        press(Keys.SPACE);
        press(Keys.TAB);
        assertThat(focusedElement()).isEqualTo("#outcome");
        press("Bokade ett studiebesök med tangentbordet.");
        press(Keys.TAB);
        assertThat(focusIsVisible()).isTrue();
        navigate(() -> press(Keys.ENTER));
        assertThat(find("main").getText()).contains("Kontakten är sparad").contains("Bokade ett studiebesök med tangentbordet.");

        // the SCB report: a person's action that ends before it starts is a problem whose link opens that action's form
        long person = jdbc.queryForObject("select min(id) from uka.young_person where organisation_id = ? and covered and personnummer <> ?",
                Long.class, borlange, NORA);
        LocalDate today = LocalDate.now();
        long action = jdbc.queryForObject("insert into uka.action (organisation_id, person_id, category, start_date, end_date, responsible, end_reason) "
                + "values (?, ?, 'PRAKTIK', ?, ?, 'Bo', 'AVBRUTEN') returning id", Long.class, borlange, person, Date.valueOf(today), Date.valueOf(today.minusDays(1)));
        open("/uka/rapporter");
        String current = (today.getMonthValue() <= 6 ? "Första" : "Andra") + " halvåret " + today.getYear();
        if (driver.findElements(By.partialLinkText(current)).isEmpty()) {
            find("#year").clear();
            find("#year").sendKeys(String.valueOf(today.getYear()));
            find("label[for='half-" + (today.getMonthValue() <= 6 ? 1 : 2) + "']").click();
            navigate(() -> find("main form[action='/uka/rapporter'] button[type=submit]").click());
        } else {
            navigate(() -> find(By.partialLinkText(current)).click());
        }
        assertThat(find("main").getText()).contains("slutar före sitt startdatum");
        docsShot("uka-rapport");
        navigate(() -> find("main a[href='/uka/personer/" + person + "/atgarder/" + action + "']").click());
        assertThat(find("h1").getText()).startsWith("Ändra en åtgärd");
        // a date input takes its value typed in the locale's order; set it as the ISO value instead
        ((JavascriptExecutor) driver).executeScript("document.getElementById('end').value = arguments[0]", today.minusDays(2).toString());
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find(".error-summary").getText()).contains("före startdatum");
        docsShot("uka-rattelse");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('end').value = arguments[0]", today.toString());
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("main").getText()).contains("Åtgärden är ändrad");
        jdbc.update("delete from uka.action where id = ?", action);

        open("/uka/statistik");
        assertThat(find("main").getText()).contains("Status vid periodens slut");
        docsShot("uka-statistik");
        open("/uka/installningar");
        open("/uka/team");
    }

    @Test
    void theYoungPersonSeesTheirPlanAndAsksToBeContacted() {
        jdbc.update("delete from uka.contact_request where person_id in (select id from uka.young_person where personnummer = ?)", NORA);
        open("/e-tjanster");
        navigate(() -> find("main a.button[href*='/e-tjanster/logga-in']").click());
        navigate(() -> find(By.partialLinkText("Testinloggning")).click());
        find("label[for='person-6']").click();
        navigate(() -> find("main form button.button:not(.button-secondary)").click());
        open("/e-tjanster/uka");
        assertThat(find("main").getText()).contains("Hej Nora Ungdomsson").contains("Ditt mål").contains("Bokade möten").contains("Din kontaktperson");
        docsShot("uka-ungdomens-sida");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        find("textarea[name=message]").sendKeys("Kan du ringa mig efter tre?");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("main").getText()).contains("Tack! Vi har fått ditt meddelande");
    }
}
