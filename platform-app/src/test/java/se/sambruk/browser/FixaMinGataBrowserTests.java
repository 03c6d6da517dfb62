package se.sambruk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident reports a fault with typed coordinates (the browser tests have no internet, so no map
 * tiles load): every page on the way passes the accessibility check, and errors are summarised.
 */
class FixaMinGataBrowserTests extends BrowserTest {

    @Test
    void aResidentReportsWithTypedCoordinatesWithoutMapTiles() {
        open("/fixamingata");
        assertThat(find("#map")).isNotNull();
        find("#lat").sendKeys("57.9605");
        find("#lon").sendKeys("12.1502");
        navigate(() -> find("main form.fmg-place button[type=submit]").click());
        assertThat(find("h1").getText()).isEqualTo("Beskriv felet");

        navigate(() -> find("main form button[type=submit]").click());
        var summary = find(".error-summary");
        assertThat(summary.findElement(By.cssSelector("a[href='#category']")).getText()).isEqualTo("Välj en kategori.");
        assertThat(find("#title").getAttribute("aria-invalid")).isEqualTo("true");

        new org.openqa.selenium.support.ui.Select(find("#category")).selectByVisibleText("Parkbänkar och utemöbler");
        find("#title").sendKeys("Bänken vid fontänen är trasig");
        find("#detail").sendKeys("Ryggstödet har lossnat.");
        find("#name").sendKeys("Bo Browser");
        find("#email").sendKeys("bo.browser@example.se");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("h1").getText()).isEqualTo("Så här blir rapporten");
        assertThat(find(".fmg-public h2").getText()).isEqualTo("Bänken vid fontänen är trasig");
        navigate(() -> find("main form[action$='/skicka'] button[type=submit]").click());
        assertThat(find("h1").getText()).isEqualTo("Bekräfta din rapport");
    }

    @Test
    void aHandlerUsesTheMapTheDashboardAndTheWarningsOfTheCasePage() {
        signIn("ale");
        open("/fixamingata/handlaggning");
        navigate(() -> find("a[href*='/fixamingata/handlaggning/karta']").click());
        assertThat(find("h1").getText()).isEqualTo("Inkorgen på karta");
        assertThat(driver.findElements(By.cssSelector("#map-points tbody tr"))).isNotEmpty();
        open("/fixamingata/handlaggning/oversikt");
        assertThat(find("#category-months")).isNotNull();
        assertThat(find("#heat-chart")).isNotNull();

        open("/fixamingata/handlaggning");
        navigate(() -> find("main table a[href*='/rapporter/']").click());
        find("#new-lat").clear();
        find("#new-lat").sendKeys("59.45");
        find("#new-lon").clear();
        find("#new-lon").sendKeys("17.95");
        navigate(() -> find("main form[action$='/plats'] button[type=submit]").click());
        assertThat(find(".fmg-warning").getText()).contains("Sollentuna kommun");
    }
}
