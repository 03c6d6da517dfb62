package se.sambruk.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multifråga's main tasks pass the accessibility check: a caseworker's look-up filling in, its
 * compiled view, the form's errors, the riksnorm form with its errors; a resident's application step by step (with its errors, saved
 * for later and continued) to the signed declaration; the caseworker's inbox and the application
 * with its calculation.
 */
class MultifragaBrowserTests extends BrowserTest {

    @Test
    void aCaseworkerLooksUpAHouseholdAndReadsTheCompiledView() {
        signIn("borlange");
        open("/multifraga");
        navigate(() -> find("main form[action='/multifraga/lookups'] button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();

        find("#persons").sendKeys("19900101-1239\n19730816-9825");
        find("#caseId").sendKeys("EB-BROWSER-1");
        navigate(() -> find("main form[action='/multifraga/lookups'] button[type=submit]").click());
        assertThat(path()).startsWith("/multifraga/lookups/");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("[hx-get]")).isEmpty());
        assertThat(find("main").getText()).contains("Adressuppgifter visas inte");
        // the notice and the person's mark arrive with the answer that reveals protected identity, without opening the page again
        assertThat(find("#protected-identity").getText()).contains("skyddad identitet");
        assertThat(find("#protected-mark-1").getText()).contains("Skyddad identitet");
        navigate(() -> find("main a[href$='/sammanstallning']").click());
        assertThat(find("main").getText()).contains("Hushållet per månad").contains("Sjukpenning");
        open("/multifraga/uppfoljning");
        assertThat(find("main").getText()).contains("Förfrågningar per handläggare");
        open("/multifraga/certifikat");
        assertThat(find("main").getText()).contains("Ladda upp ett certifikat");
        // the riksnorm form, with its inline errors (nothing is saved)
        open("/multifraga/riksnorm");
        assertThat(find("main").getText()).contains("Riksnormen per år");
        find("#single").clear();
        navigate(() -> find("main form[method='post'][action='/multifraga/riksnorm'] button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        assertThat(find("#single-error").getText()).contains("Skriv ett belopp");
    }

    @Test
    void aResidentAppliesAndSignsAndTheCaseworkerSeesTheCalculation() {
        open("/e-tjanster/multifraga");
        navigate(() -> find(By.partialLinkText("Testinloggning")).click());
        find("label[for='person-0']").click();
        navigate(() -> find("main form button.button:not(.button-secondary)").click());
        if (!path().startsWith("/e-tjanster/multifraga")) {
            open("/e-tjanster/multifraga");
        }
        navigate(() -> find("main a.button[href$='/ansokan/ny']").click());
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();

        // step by step: each page is checked with axe, errors included
        new org.openqa.selenium.support.ui.Select(find("#municipality")).selectByValue("2081");
        navigate(() -> find("main form button[value=fortsatt]").click());
        assertThat(find("main h2").getText()).contains("Steg 2 av 7");
        find("#childAges").sendKeys("4");
        find("#coApplicant").sendKeys("19850709-9813");
        find("#coApplicantName").sendKeys("Kim");
        navigate(() -> find("main form button[value=fortsatt]").click());
        // each adult's own incomes: the co-applicant's must be filled in, and the error names the person and the field
        assertThat(find("#incomes-co legend").getText()).isEqualTo("Kims inkomster");
        find("#incomeBenefits").clear();
        find("#incomeBenefits").sendKeys("1250");
        navigate(() -> find("main form button[value=fortsatt]").click());
        assertThat(find(".error-summary").getText()).contains("Kims inkomster, Lön: fyll i beloppet");
        find("#coIncomeSalary").sendKeys("0");
        find("#coIncomeBenefits").sendKeys("900");
        find("#coIncomeOther").sendKeys("0");
        navigate(() -> find("main form button[value=fortsatt]").click());
        find("#rent").clear();
        find("#rent").sendKeys("7200");
        navigate(() -> find("main form button[value=fortsatt]").click());
        assertThat(find("main h2").getText()).contains("Tillgångar");
        find("#vehicles").clear();
        find("#vehicles").sendKeys("30000");
        navigate(() -> find("main form button[value=fortsatt]").click());
        assertThat(find(".error-summary").getText()).contains("Skriv vilket fordon det är");
        find("#vehiclesText").sendKeys("Volvo V70 ABC123");
        navigate(() -> find("main form button[value=senare]").click());
        assertThat(find("main").getText()).contains("Det du skrivit är sparat").contains("Kvar att fylla i");
        navigate(() -> find("#missing a").click());
        assertThat(find("main h2").getText()).contains("Planering");
        navigate(() -> find("main form button[value=fortsatt]").click());
        assertThat(find(".error-summary").getText()).contains("Kryssa i minst ett alternativ");
        find("label[for='jobSeeking']").click();
        find("#jobSeekingWhat").sendKeys("Inskriven på Arbetsförmedlingen");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = '2026-10-01'", find("#jobSeekingFrom"));
        navigate(() -> find("main form button[value=fortsatt]").click());
        find("#account").sendKeys("8327-9 123 456 789");
        navigate(() -> find("main form button[value=fortsatt]").click());
        assertThat(find("#status").getText()).contains("Utkast");
        assertThat(find("#checks").getText()).contains("Alla steg är ifyllda");

        navigate(() -> find("main form[action$='/signera'] button").click());
        navigate(() -> find("main form button[type=submit], main a.button").click());
        if (path().startsWith("/test-idp/")) {
            find("label[for='person-0']").click();
            navigate(() -> find("main form button.button:not(.button-secondary)").click());
        }
        assertThat(find("#status").getText()).contains("Inskickad");

        driver.manage().deleteAllCookies();
        signIn("borlange");
        open("/multifraga/ansokningar");
        navigate(() -> find("main table a[href^='/multifraga/ansokningar/']").click());
        assertThat(find("main").getText()).contains("Beräkning enligt riksnormen").contains("Bistånd enligt beräkningen");
        assertThat(find("#income-CO_APPLICANT-BENEFITS").getText()).contains("Medsökande: Kim");

        // the administrator's list of what is not income: a ticked row without a reason is an inline error (nothing is saved)
        open("/multifraga/inte-inkomst");
        String row = find("input[type=hidden][value='FK/Bostadsbidrag']").getAttribute("name").substring("key".length());
        find("#on" + row).click();
        navigate(() -> find("main form[action='/multifraga/inte-inkomst'] button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        assertThat(find("#reason" + row + "-error").getText()).contains("Skriv kort varför");
    }
}
