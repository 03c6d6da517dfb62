package se.sambruk.browser;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.bibblix.demo.OnixWriter;
import se.sambruk.bibblix.sip2.Sip2FakeServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bibblix in a browser, every page checked with axe: a child browses, searches with a spelling
 * mistake, signs in with the library card (a mistake first) and borrows; a librarian imports a
 * feed and writes a children's blurb.
 */
class BibblixBrowserTests extends BrowserTest {

    @Autowired
    Sip2FakeServer sip2;

    @Test
    void aChildBrowsesSearchesSignsInAndBorrows() {
        sip2.card("12807777", "4321");
        open("/bibblix");
        assertThat(find("h1").getText()).isEqualTo("Bibblix – e-böcker för dig");
        navigate(() -> find("a.bx-tile[href$='/bibblix/kategorier/djur']").click());
        assertThat(find("h1").getText()).contains("Djur och natur");
        navigate(() -> find("a[href*='alder=6-8']").click());
        assertThat(find("main").getText()).contains("Ponnyn som rymde");

        find("#bx-q").sendKeys("drakn under sangen");
        navigate(() -> find("form.bx-search button").click());
        assertThat(find(".bx-books li:first-child .bx-book-title").getText()).isEqualTo("Draken under sängen");
        navigate(() -> find(".bx-books li:first-child a").click());
        assertThat(find("h1").getText()).isEqualTo("Draken under sängen");

        navigate(() -> find("main a.button[href*='/bibblix/logga-in?bok=']").click());
        navigate(() -> find("main form.bx-form button[type=submit]").click());
        assertThat(find(".error-summary").getText()).contains("Välj ditt bibliotek.", "Skriv lånekortets nummer");
        new Select(find("#bibliotek")).selectByVisibleText("Malmö stadsbibliotek (demo)");
        find("#kort").sendKeys("12807777");
        find("#pin").sendKeys("0000");
        navigate(() -> find("main form.bx-form button[type=submit]").click());
        assertThat(find(".error-summary").getText()).contains("PIN-koden stämmer inte");
        new Select(find("#bibliotek")).selectByVisibleText("Malmö stadsbibliotek (demo)");
        find("#kort").clear();
        find("#kort").sendKeys("12807777");
        find("#pin").sendKeys("4321");
        navigate(() -> find("main form.bx-form button[type=submit]").click());
        assertThat(find("h1").getText()).isEqualTo("Draken under sängen");

        navigate(() -> find("main form[action$='/lana'] button").click());
        assertThat(find("h1").getText()).isEqualTo("Mina lån");
        assertThat(find("main").getText()).contains("Draken under sängen", "Du kan låna 4 böcker till den här veckan.");
        assertThat(find("main a.button[href*='/las']").getText()).isEqualTo("Läs boken");
        navigate(() -> find("main form[action$='/logga-ut'] button").click());
        assertThat(path()).isEqualTo("/bibblix");
    }

    @Test
    void aLibrarianImportsAFeedAndWritesABlurb() throws Exception {
        Path feed = Files.createTempFile("bibblix-browser-", ".xml");
        try (Writer out = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            OnixWriter.write(out, List.of(
                    new OnixWriter.Item("browser-1", "979129700001", "Sjörövarnas skola", "Bo Browser", "YFC", 7, 10, "Om sjörövare.", "ED", "swe"),
                    new OnixWriter.Item("browser-2", "979129700002", "Fel ålder", "Bo Browser", "YFC", 10, 7, "Bakvänd.", "ED", "swe")));
        }
        signIn("malmo");
        open("/bibblix/bibliotekarie");
        navigate(() -> find("main nav a[href$='/bibblix/bibliotekarie/import']").click());
        find("#fil").sendKeys(feed.toAbsolutePath().toString());
        navigate(() -> find("main form button[type=submit]").click());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.cssSelector("#import-progress [role=status]")).getText().startsWith("Klar"));
        assertThat(find("#import-progress").getText()).contains("browser-2", "bakvänt");
        Files.deleteIfExists(feed);

        open("/bibblix/bibliotekarie/titlar?q=Sjörövarnas&visa=all");
        navigate(() -> find("main table a").click());
        navigate(() -> find("main form[action$='/val'] button").click());
        find("#blurb").sendKeys("Här lär man sig att vara sjörövare på riktigt!");
        navigate(() -> find("main form.narrow button[type=submit]").click());
        assertThat(find(".flash").getText()).isEqualTo("Sparat.");
        open("/bibblix/sok?q=sjorovarnas");
        navigate(() -> find(".bx-books li:first-child a").click());
        assertThat(find("main").getText()).contains("Här lär man sig att vara sjörövare på riktigt!");
        open("/bibblix/bibliotekarie/statistik");
        assertThat(find("h1").getText()).isEqualTo("Statistik");
    }
}
