package se.sambruk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserTests extends BrowserTest {

    @Test
    void wrongPasswordIsAnsweredInlineThenTheRightOneSignsInAndSignOutConfirms() {
        signIn("malmo", "not-the-password");

        assertThat(path()).isEqualTo("/login?error");
        var summary = find(".error-summary");
        assertThat(summary.getText()).contains("Fel användarnamn eller lösenord");
        assertThat(driver.switchTo().activeElement()).as("focus on the error summary").isEqualTo(summary);

        find("#username").sendKeys("malmo");
        find("#password").sendKeys(DEMO_PASSWORD);
        navigate(() -> find("main button[type=submit]").click());
        assertThat(path()).isEqualTo("/");
        assertThat(find(".signed-in").getText()).isEqualTo("Inloggad som malmo");

        navigate(() -> find(".site-header form[action='/logout'] button").click());
        assertThat(path()).isEqualTo("/login?loggedOut");
        assertThat(find("main [role=status]").getText()).isEqualTo("Du är utloggad.");
        assertThat(driver.findElements(By.cssSelector(".signed-in"))).isEmpty();
    }
}
