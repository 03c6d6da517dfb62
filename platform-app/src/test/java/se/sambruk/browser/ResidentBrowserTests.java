package se.sambruk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident signs in with the demo's test identity provider (real redirects between the
 * platform and the provider's pages), sees the residents' start page with their name and their
 * own sign-in log, and signs out. Every page passes the accessibility check.
 */
class ResidentBrowserTests extends BrowserTest {

    @Test
    void aTestPersonSignsInSeesTheStartPageAndSignsOut() {
        open("/e-tjanster");
        navigate(() -> find("main a.button[href*='/e-tjanster/logga-in']").click());
        assertThat(find("h1").getText()).isEqualTo("Logga in med e-legitimation");

        navigate(() -> find(By.partialLinkText("Testinloggning")).click());
        assertThat(path()).startsWith("/test-idp/authorize?");
        assertThat(find(".test-idp-banner").getText()).contains("inte riktig e-legitimation");
        find("label[for='person-0']").click();
        navigate(() -> find("main form button.button:not(.button-secondary)").click());

        assertThat(path()).isEqualTo("/e-tjanster");
        assertThat(find("main").getText()).contains("Du är inloggad som Anna Testsson");
        assertThat(find(".site-header").getText()).contains("Anna Testsson");
        assertThat(find("#resident-session").getText()).contains("Du loggas ut automatiskt kl.");

        navigate(() -> find(By.linkText("Mina inloggningar")).click());
        assertThat(find("main table").getText()).contains("Inloggning");

        navigate(() -> find(".site-header form[action$='/e-tjanster/logga-ut'] button").click());
        assertThat(find("main").getText()).contains("Du är utloggad");
        assertThat(find(".site-header").getText()).doesNotContain("Anna Testsson");
    }
}
