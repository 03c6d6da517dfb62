package se.sambruk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.sambruk.schooldata.FakeSs12000Server;

import static org.assertj.core.api.Assertions.assertThat;

/** Tillarbetslivet's coordinator pages pass the accessibility check: pupils, places, a run with its chart, the place form's errors. */
class TillarbetslivetBrowserTests extends BrowserTest {

    @Test
    void theCoordinatorWalksThroughPupilsPlacesAnAllocationAndItsExplanations() throws Exception {
        signIn("borlange");
        open("/tillarbetslivet");
        navigate(() -> find("main form[action='/tillarbetslivet/runs'] button[type=submit]").click());
        assertThat(path()).startsWith("/tillarbetslivet/runs/");
        assertThat(find("main").getText()).contains("Per elev");
        open("/tillarbetslivet/pupils");
        navigate(() -> find("main table a[href^='/tillarbetslivet/pupils/']").click());
        assertThat(find("main").getText()).contains("Val");
        open("/tillarbetslivet/places");
        navigate(() -> find("main table a[href^='/tillarbetslivet/places/']").click());
        assertThat(find("main").getText()).contains("Handledare").contains("Position på kartan");
        // s10-tal: the position by hand with its errors at the fields, and the place's edit form with its errors (nothing saved)
        find("#lat").clear();
        find("#lat").sendKeys("52,52");
        navigate(() -> find("main form[action$='/position'] button[type=submit]").click());
        assertThat(find("#lat-error").getText()).contains("utanför Sverige");
        assertThat(find("#lat").getAttribute("aria-invalid")).isEqualTo("true");
        navigate(() -> find("main a[href$='/andra']").click());
        assertThat(find("main").getText()).contains("placerade elever");
        find("#seats").clear();
        navigate(() -> find("main form[action$='/andra'] button[type=submit]").click());
        assertThat(find("#seats-error").isDisplayed()).isTrue();

        open("/tillarbetslivet/places/new");
        find("#workplace").sendKeys("Bageriet");
        navigate(() -> find("main button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        assertThat(find("#workplace").getAttribute("value")).isEqualTo("Bageriet");

        // the stored SS 12000 connection: an internal address at its field, then saved, tested and read from a failing peer
        open("/tillarbetslivet");
        navigate(() -> find("main a[href='/tillarbetslivet/pupils/ss12000']").click());
        find("#baseUrl").clear();
        find("#baseUrl").sendKeys("http://10.0.0.1/ss12000");
        find("#tokenUrl").clear();
        find("#tokenUrl").sendKeys("http://10.0.0.1/token");
        find("#clientId").clear();
        find("#clientId").sendKeys("tal");
        navigate(() -> find("main form[action='/tillarbetslivet/pupils/ss12000'] button[type=submit]").click());
        assertThat(find(".error-summary").getText()).contains("internt nät");
        try (FakeSs12000Server school = new FakeSs12000Server()) {
            find("#baseUrl").clear();
            find("#baseUrl").sendKeys(allowFake(school.baseUrl()));
            find("#tokenUrl").clear();
            find("#tokenUrl").sendKeys(school.tokenUrl());
            find("#clientId").clear();
            find("#clientId").sendKeys(FakeSs12000Server.CLIENT_ID);
            find("#clientSecret").sendKeys(FakeSs12000Server.CLIENT_SECRET);
            navigate(() -> find("main form[action='/tillarbetslivet/pupils/ss12000'] button[type=submit]").click());
            assertThat(find(".flash").getText()).contains("Anslutningen är sparad");
            navigate(() -> find("main form[action='/tillarbetslivet/pupils/ss12000/testa'] button[type=submit]").click());
            assertThat(find(".flash").getText()).contains("Anslutningen fungerar");
            school.failWith(503, "{\"code\":\"maintenance\"}");
            navigate(() -> find("main form[action='/tillarbetslivet/pupils/ss12000/las'] button[type=submit]").click());
            assertThat(find("#lasning-fel").getText()).contains("HTTP 503");
        }
    }

    @Test
    void theCoordinatorOpensAPraoPeriodAndAPlacementAndTheScheduleIsCheckedWithTheTimeRules() {
        signIn("borlange");
        open("/tillarbetslivet/periods");
        navigate(() -> find("main table a[href^='/tillarbetslivet/periods/']").click());
        assertThat(find("main").getText()).contains("Placeringar");
        navigate(() -> find("main table a[href^='/tillarbetslivet/placements/']").click());
        assertThat(find("main").getText()).contains("Intyg (PDF)");
        find("#schedule").clear();
        find("#schedule").sendKeys("2027-03-13 08:00-15:00");
        navigate(() -> find("main form[action$='/schedule'] button[type=submit]").click());
        assertThat(find(".error-summary").getText()).contains("AFS 2012:3");
        assertThat(find("#schedule-error").getText()).contains("lördag");

        open("/tillarbetslivet/periods");
        navigate(() -> find("main form[action='/tillarbetslivet/periods'] button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        // s10-tal: the schools' addresses, one too long refused at its field
        navigate(() -> find("main a[href='/tillarbetslivet/schools']").click());
        find("main input[name=address]").sendKeys("x".repeat(201));
        navigate(() -> find("main form[action$='/address'] button[type=submit]").click());
        assertThat(find(".error-message").getText()).contains("högst 200 tecken");
    }

    @Test
    void theWorkplacesSupervisorJoinsByTheDemoInvitationAndRecordsAttendanceAndTheEvaluation() {
        open("/e-tjanster/tillarbetslivet/inbjudan/demo-bli-handledare");
        assertThat(path()).startsWith("/e-tjanster/logga-in");
        signInAsTestPerson(0);
        assertThat(path()).startsWith("/e-tjanster/tillarbetslivet/inbjudan/");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("main").getText()).contains("Du är nu handledare");
        navigate(() -> find("main table a[href^='/e-tjanster/tillarbetslivet/placeringar/']").click());
        assertThat(find("main").getText()).contains("Bekräfta med e-legitimation");
        new Select(find("#status-0")).selectByValue("PRESENT");
        navigate(() -> find("main form[action$='/narvaro'] button[type=submit]").click());
        assertThat(find(".flash").getText()).contains("Närvaron är sparad");
        navigate(() -> find("main form[action$='/omdome'] button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        find("label[for='punctuality1']").click();
        find("label[for='interest4']").click();
        navigate(() -> find("main form[action$='/omdome'] button[type=submit]").click());
        assertThat(find(".flash").getText()).contains("Omdömet är sparat");
    }

    /** s9-tal-a: the demo pupil (Olle Elevsson, the test provider's eighth person) searches, ranks with the buttons and saves. */
    @Test
    void theDemoPupilSearchesThePlacesRanksThemWithTheButtonsAndSaves() {
        open("/e-tjanster/tillarbetslivet/mina-val");
        assertThat(path()).startsWith("/e-tjanster/logga-in");
        signInAsTestPerson(7);
        assertThat(path()).isEqualTo("/e-tjanster/tillarbetslivet/mina-val");
        assertThat(find("main").getText()).contains("Hej Olle Elevsson").contains("Prao vecka 10–11");
        find("#omrade").sendKeys("Centrum");
        navigate(() -> find("main button[value='sok']").click());
        assertThat(find("main table").getText()).contains("Centrum").doesNotContain("Tjärna ängar").doesNotContain("Domnarvet");
        navigate(() -> find("main tbody tr:nth-child(1) button[value^='lagg-till-']").click());
        navigate(() -> find("main tbody tr:nth-child(2) button[value^='lagg-till-']").click());
        String first = find("main ol.ranked-choices li:nth-child(1) strong").getText();
        navigate(() -> find("main button[value='ned-0']").click());
        assertThat(find("main ol.ranked-choices li:nth-child(2) strong").getText()).isEqualTo(first);
        assertThat(find("main").getText()).contains("inte sparad");
        navigate(() -> find("main button[value='spara']").click());
        assertThat(find(".flash").getText()).contains("Dina val är sparade");
        assertThat(find("main ol.ranked-choices li:nth-child(2) strong").getText()).isEqualTo(first);

        // a place he found himself: the organisation number's check digit at its field, then sent to the workplace
        navigate(() -> find("main a[href$='/mina-val/egen-plats']").click());
        find("#workplace").sendKeys("Cykelverkstaden");
        find("#orgNumber").sendKeys("556036-0794");
        find("#address").sendKeys("Hjulvägen 1, Borlänge");
        find("#contactName").sendKeys("Gustav Försöksberg");
        find("#contactEmail").sendKeys("cykel.browser@example.se");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("#orgNumber-error").getText()).contains("organisationsnummer");
        find("#orgNumber").clear();
        find("#orgNumber").sendKeys("556036-0793");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find(".flash").getText()).contains("Förfrågan är skickad");
        assertThat(find("main").getText()).contains("Cykelverkstaden").contains("väntar på arbetsplatsen");

        // the coordinator's side: who made the choices, and the pupils' own places
        driver.manage().deleteAllCookies();
        signIn("borlange");
        open("/tillarbetslivet/periods");
        navigate(() -> find(By.xpath("//main//tr[td[normalize-space(.)='Demoskolan Nord']]//a")).click());
        navigate(() -> find("main a[href$='/val']").click());
        assertThat(find("main").getText()).contains("Olle Elevsson").contains("Öppet");
        open("/tillarbetslivet/found-places");
        assertThat(find("main").getText()).contains("Cykelverkstaden");
    }

    /** On the residents' sign-in page: the demo's test identity provider, its person number {@code person} (0-based). */
    private void signInAsTestPerson(int person) {
        navigate(() -> find(By.partialLinkText("Testinloggning")).click());
        find("label[for='person-" + person + "']").click();
        navigate(() -> find("main form button.button:not(.button-secondary)").click());
    }

    private void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find("#" + id), isoDate);
    }

    @Test
    void aWorkplaceRegistersOffersAPlaceAndSignsItTheCoordinatorApprovesItAndThePublicListShowsIt() {
        open("/e-tjanster/tillarbetslivet/arbetsplatser/ny");
        assertThat(path()).startsWith("/e-tjanster/logga-in");
        signInAsTestPerson(2);
        assertThat(path()).isEqualTo("/e-tjanster/tillarbetslivet/arbetsplatser/ny");
        find("#orgNumber").sendKeys("556036-0794");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find(".error-summary").getText()).contains("organisationsnummer");
        new Select(find("#municipality")).selectByVisibleText("Borlänge");
        find("#name").sendKeys("Webbläsarbageriet");
        find("#orgNumber").clear();
        find("#orgNumber").sendKeys("556036-0793");
        find("#address").sendKeys("Degvägen 3, Borlänge");
        find("#trade").sendKeys("Bageri");
        find("#area").sendKeys("Webbläsarområdet");
        find("#email").sendKeys("bageri@example.se");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find(".flash").getText()).contains("Arbetsplatsen är registrerad");

        navigate(() -> find("main a.button[href$='/erbjudanden/ny']").click());
        assertThat(find("#address").getAttribute("value")).isEqualTo("Degvägen 3, Borlänge");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        find("#seats").sendKeys("2");
        setDate("startsOn", "2027-04-05");
        setDate("endsOn", "2027-04-16");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("main").getText()).contains("Utkast");
        navigate(() -> find("main form[action$='/signera'] button").click());
        navigate(() -> find("main form button[type=submit], main a.button").click());
        if (path().startsWith("/test-idp/")) {
            find("label[for='person-2']").click();
            navigate(() -> find("main form button.button:not(.button-secondary)").click());
        }
        assertThat(find("main").getText()).contains("Bekräftat").contains("Signerad av");
        // s10-tal: the signed offer's change form (a new version), its errors at the fields; the signed version stays in force
        navigate(() -> find("main a.button[href$='/andra']").click());
        assertThat(find("h1").getText()).isEqualTo("Ändra erbjudandet");
        find("#seats").clear();
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("#seats-error").isDisplayed()).isTrue();

        driver.manage().deleteAllCookies();
        signIn("borlange");
        open("/tillarbetslivet/workplaces");
        navigate(() -> find(By.linkText("Webbläsarbageriet")).click());
        navigate(() -> find("main form[action$='/approve'] button[type=submit]").click());
        assertThat(find("#code-error").isDisplayed()).isTrue();
        find("#code").sendKeys("WB1");
        navigate(() -> find("main form[action$='/approve'] button[type=submit]").click());
        assertThat(path()).startsWith("/tillarbetslivet/places/");

        driver.manage().deleteAllCookies();
        open("/prao");
        find("#omrade").sendKeys("webbläsar");
        navigate(() -> find("main form[role=search] button[type=submit]").click());
        assertThat(find("main table").getText()).contains("Bageri").contains("Webbläsarområdet").contains("Borlänge")
                .doesNotContain("Webbläsarbageriet").doesNotContain("Degvägen");
    }
}
