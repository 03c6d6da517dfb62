package se.sambruk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The steering council pages pass the accessibility check, and the proposal form summarises its errors. */
class CouncilBrowserTests extends BrowserTest {

    @Test
    void aMemberMakesAProposalThroughAnAccessibleForm() {
        signIn("ale");
        open("/councils");
        open("/councils/fixamingata");
        navigate(() -> find("main a[href='/councils/fixamingata/proposals/new']").click());
        navigate(() -> find("main button[type=submit]").click());
        var summary = find(".error-summary");
        assertThat(summary.findElement(By.cssSelector("a[href='#title']")).getText()).isEqualTo("Skriv en rubrik");
        assertThat(find("#title").getAttribute("aria-invalid")).isEqualTo("true");

        find("#title").sendKeys("Karta i mobilen");
        find("#description").sendKeys("Visa felanmälningar på en karta.");
        find("#benefit").sendKeys("Färre dubbletter.");
        find("#cost").clear();
        find("#cost").sendKeys("80 000");
        navigate(() -> find("main button[type=submit]").click());
        assertThat(find("h1").getText()).isEqualTo("Karta i mobilen");
        assertThat(find(".flash").getText()).isEqualTo("Förslaget är lämnat.");
    }
}
