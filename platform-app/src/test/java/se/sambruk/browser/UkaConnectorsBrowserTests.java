package se.sambruk.browser;

import org.junit.jupiter.api.Test;
import se.sambruk.schooldata.FakeSs12000Server;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UKA's connector pages pass the accessibility check with their errors showing: the SS 12000
 * connection (the guard's reason at the field, a failed read said inline), the BEDA setting, a
 * person's BEDA section and the form for SCB's orsak till registrering and tackade nej.
 */
class UkaConnectorsBrowserTests extends BrowserTest {

    @Test
    void theSchoolDataBedaAndScbDetailsPagesPassTheAccessibilityCheck() throws Exception {
        signIn("borlange");
        open("/uka");
        navigate(() -> find("main a[href='/uka/skoldata']").click());
        saveSchoolDataConnection("/uka/skoldata", "http://10.0.0.1/ss12000", "http://10.0.0.1/token", "uka", null);
        assertThat(find(".error-summary").getText()).contains("internt nät");

        try (FakeSs12000Server school = new FakeSs12000Server()) {
            saveSchoolDataConnection("/uka/skoldata", allowFake(school.baseUrl()), school.tokenUrl(), FakeSs12000Server.CLIENT_ID,
                    FakeSs12000Server.CLIENT_SECRET);
            assertThat(find(".flash").getText()).contains("Anslutningen är sparad");
            navigate(() -> find("main form[action='/uka/skoldata/testa'] button[type=submit]").click());
            assertThat(find(".flash").getText()).contains("Anslutningen fungerar");
            school.failWith(503, "{\"code\":\"maintenance\"}");
            navigate(() -> find("main form[action='/uka/skoldata/las'] button[type=submit]").click());
            assertThat(find("#lasning-fel").getText()).contains("HTTP 503");
        }

        open("/uka/beda");
        find("#baseUrl").clear();
        navigate(() -> find("main form[action='/uka/beda'] button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();

        open("/uka/personer");
        navigate(() -> find("main table a[href^='/uka/personer/']").click());
        assertThat(find("#beda").getText()).contains("Examen enligt BEDA");
        navigate(() -> find("main a[href$='/scb-uppgifter']").click());
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find(".flash").getText()).contains("Uppgifterna till SCB är sparade");
    }
}
