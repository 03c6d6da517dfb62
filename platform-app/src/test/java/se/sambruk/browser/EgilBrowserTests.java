package se.sambruk.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** EGIL's administrator pages pass the accessibility check, and the supplier form summarises its errors. */
class EgilBrowserTests extends BrowserTest {

    @Test
    void theAdministratorWalksThroughSourcesSuppliersPreviewRunAndPeople() {
        signIn("ale");
        open("/egil");
        navigate(() -> find("main a[href^='/egil/sources/']:not([href$='/new'])").click());
        assertThat(find("h1").getText()).startsWith("Demokälla");
        open("/egil");
        navigate(() -> find("main table a[href^='/egil/suppliers/']").click());
        String supplierPath = path();
        open(supplierPath + "/preview");
        open(supplierPath + "/edit");
        open(supplierPath);
        navigate(() -> find("main form[action$='/sync'] button[type=submit]").click());
        assertThat(path()).startsWith("/egil/runs/");
        open("/egil/people?q=Alva");
        open("/egil/sources/new");

        open("/egil/suppliers/new");
        find("#name").sendKeys("Förlaget");
        navigate(() -> find("main button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        assertThat(find("#name").getAttribute("value")).isEqualTo("Förlaget");
    }
}
