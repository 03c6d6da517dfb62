package se.sambruk.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multifråga's main tasks pass the accessibility check: a caseworker's look-up filling in, its
 * compiled view, the form's errors; a resident's application from the form (with its errors) to
 * the signed declaration; the caseworker's inbox and the application with its calculation.
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

        new org.openqa.selenium.support.ui.Select(find("#municipality")).selectByValue("2081");
        find("#childAges").sendKeys("4");
        find("#incomeBenefits").clear();
        find("#incomeBenefits").sendKeys("1250");
        find("#rent").clear();
        find("#rent").sendKeys("7200");
        find("#account").sendKeys("8327-9 123 456 789");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("#status").getText()).contains("Utkast");

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
    }
}
