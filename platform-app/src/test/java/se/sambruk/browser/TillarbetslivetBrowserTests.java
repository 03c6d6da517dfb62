package se.sambruk.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tillarbetslivet's coordinator pages pass the accessibility check: pupils, places, a run with its chart, the place form's errors. */
class TillarbetslivetBrowserTests extends BrowserTest {

    @Test
    void theCoordinatorWalksThroughPupilsPlacesAnAllocationAndItsExplanations() {
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
        assertThat(find("main").getText()).contains("Handledare");

        open("/tillarbetslivet/places/new");
        find("#workplace").sendKeys("Bageriet");
        navigate(() -> find("main button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        assertThat(find("#workplace").getAttribute("value")).isEqualTo("Bageriet");
    }
}
