package se.sambruk.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provisum's main tasks pass the accessibility and layout checks: the office's overview, a guardian
 * registered with a form error first, a principal with the assignment and message forms, a case
 * with its review, attachments and fee, the fee rules, the notices and the statistics; and the
 * guardian's e-service: the start page, the bookkeeping with an import error and a good import, and
 * the messages.
 */
class ProvisumBrowserTests extends BrowserTest {

    @Test
    void theCaseworkerWalksThroughTheOfficesMainTasks() {
        signIn("borlange");
        open("/provisum");
        navigate(() -> find("main a[href='/provisum/guardians']").click());
        find("#name").sendKeys("Gunnel Webbtest");
        find("#personnummer").sendKeys("19661212-1234");
        navigate(() -> find("main form[action='/provisum/guardians'] button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        assertThat(find("#name").getAttribute("value")).isEqualTo("Gunnel Webbtest");
        navigate(() -> find(By.linkText("Nils Påhittad")).click());
        assertThat(find("main").getText()).contains("Registrera lämplighetsprövning");

        open("/provisum/principals");
        navigate(() -> find(By.linkText("Astrid Exempel")).click());
        assertThat(find("main").getText()).contains("Registrera uppdrag").contains("Meddelanden");
        navigate(() -> find("main table a[href^='/provisum/cases/']").click());
        assertThat(find("main").getText()).contains("Bilagor").contains("Tilldela handläggare");
        navigate(() -> find("main form[action$='/review'] button").click());
        assertThat(find("main").getText()).contains("Riskpoäng");

        // Elin Prövning's consent case: the question put to her, the decision form and a fee for part of the year
        open("/provisum/principals");
        navigate(() -> find(By.partialLinkText("Elin Prövning")).click());
        navigate(() -> find("main table a[href^='/provisum/cases/']").click());
        assertThat(find("#consent").getText()).contains("Huvudmannens samtycke").contains("Exempelgatan 1");
        navigate(() -> find("main form[action$='/permission'] button").click());
        assertThat(find("#permission").getText()).contains("skriv skälen");
        new org.openqa.selenium.support.ui.Select(find("#fee-year")).selectByValue("2026");
        find("#fee-share").sendKeys("10");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = '2026-07-01'", find("#fee-from"));
        navigate(() -> find("main form[action$='/fees'] button[type=submit]").click());
        assertThat(find("#fees").getText()).contains("184 av årets 365 dagar");

        open("/provisum/fee-rules");
        assertThat(find("main").getText()).contains("Falun");
        open("/provisum/notices");
        open("/provisum/statistics");
        assertThat(find("main").getText()).contains("Ärenden per typ och status");
    }

    @Test
    void theGuardianKeepsTheBooksAndWritesToTheOffice() throws Exception {
        open("/e-tjanster");
        navigate(() -> find("main a.button[href*='/e-tjanster/logga-in']").click());
        navigate(() -> find(By.partialLinkText("Testinloggning")).click());
        find("label[for='person-1']").click();
        navigate(() -> find("main form button.button:not(.button-secondary)").click());
        open("/e-tjanster/provisum");
        navigate(() -> find(By.partialLinkText("Bokföring för Astrid Exempel")).click());
        assertThat(find("h1").getText()).contains("Astrid Exempel");

        if (driver.findElements(By.cssSelector("input[id^='import-']")).isEmpty()) {
            find("#account-name").sendKeys("Webbkonto");
            find("#account-opening").sendKeys("1000");
            navigate(() -> find("main form[action$='/konton'] button").click());
        }
        Path broken = Files.createTempFile("kontoutdrag", ".csv");
        Files.writeString(broken, "Bokföringsdag;Belopp;Rubrik\n2026-02-30;-10,00;Fel\n");
        find("input[id^='import-']").sendKeys(broken.toString());
        navigate(() -> find("main form[action$='/import'] button").click());
        assertThat(find(".error-summary").getText()).contains("Ingenting importerades");

        Path good = Files.createTempFile("kontoutdrag", ".csv");
        Files.writeString(good, "Bokföringsdag;Belopp;Rubrik\n2026-02-03;-250,00;Apotek\n2026-02-25;12000,00;Pension\n");
        find("input[id^='import-']").sendKeys(good.toString());
        navigate(() -> find("main form[action$='/import'] button").click());
        assertThat(find("main").getText()).contains("Apotek");

        open("/e-tjanster/provisum");
        navigate(() -> find(By.partialLinkText("Förteckning för Greta Förteckning")).click());
        navigate(() -> find("main form[action$='/fran-bokforing'] button").click());
        assertThat(find("main").getText()).contains("Bankkonto Pensionskonto").contains("Bankkonto Sparkonto");

        open("/e-tjanster/provisum");
        navigate(() -> find(By.partialLinkText("Sluträkning för Hugo Avslutad")).click());
        assertThat(find("main").getText()).contains("Sammanställ sluträkningen");
        navigate(() -> find("main form button.button").click());
        assertThat(find("h1").getText()).contains("Sluträkning till");

        open("/e-tjanster/provisum");
        navigate(() -> find(By.partialLinkText("Meddelanden om Astrid Exempel")).click());
        find("#message-text").sendKeys("Kvittot kommer med posten.");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("main").getText()).contains("Kvittot kommer med posten.");
    }

    @Test
    void thePrincipalAnswersTheOfficesQuestion() {
        open("/e-tjanster");
        navigate(() -> find("main a.button[href*='/e-tjanster/logga-in']").click());
        navigate(() -> find(By.partialLinkText("Testinloggning")).click());
        find("label[for='person-5']").click();
        navigate(() -> find("main form button.button:not(.button-secondary)").click());
        open("/e-tjanster/provisum");
        navigate(() -> find(By.partialLinkText("Fråga om samtycke")).click());
        assertThat(find("main").getText()).contains("Exempelgatan 1").contains("FB 16 kap. 4 §");
        navigate(() -> find("main form button.button").click());
        assertThat(find(".error-summary").getText()).contains("Välj om du samtycker eller inte");
        find("label[for='answer-given']").click();
        navigate(() -> find("main form button.button").click());
        assertThat(find("main").getText()).contains("Exempelgatan 1");
    }
}
