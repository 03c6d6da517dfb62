package se.sambruk.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sambruk.schooldata.FakeSs12000Server;
import se.sambruk.schooldata.Ss12000Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** EGIL's administrator pages pass the accessibility check, and the supplier form summarises its errors. */
class EgilBrowserTests extends BrowserTest {

    @Test
    void theAdministratorWalksThroughSourcesSuppliersPreviewRunAndPeople() throws Exception {
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

        // an API source: its connection is the shared SS 12000 form, refused at the field, then saved, tested and read
        open("/egil/sources/new");
        find("#name").sendKeys("Webbtest SS 12000");
        saveSchoolDataConnection("/egil/sources", "http://10.0.0.1/ss12000", "http://10.0.0.1/token", "egil", "hemlig");
        assertThat(find("#baseUrl-error").getText()).contains("internt nät");
        try (FakeSs12000Server school = new FakeSs12000Server()) {
            school.put("organisations", Ss12000Objects.organisation(UUID.randomUUID(), "Skolenhet", "Webbskolan", null));
            saveSchoolDataConnection("/egil/sources", allowFake(school.baseUrl()), school.tokenUrl(), FakeSs12000Server.CLIENT_ID,
                    FakeSs12000Server.CLIENT_SECRET);
            assertThat(find("h1").getText()).isEqualTo("Webbtest SS 12000");
            navigate(() -> find("main form[action$='/test'] button[type=submit]").click());
            assertThat(find(".flash").getText()).contains("Anslutningen fungerar");
            navigate(() -> find("main form[action$='/read'] button[type=submit]").click());
            assertThat(find("#lasningar + table, section[aria-labelledby=lasningar] table").getText()).contains("1 objekt lästa");
        }

        open("/egil/suppliers/new");
        find("#name").sendKeys("Förlaget");
        navigate(() -> find("main button[type=submit]").click());
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        assertThat(find("#name").getAttribute("value")).isEqualTo("Förlaget");
    }
}
