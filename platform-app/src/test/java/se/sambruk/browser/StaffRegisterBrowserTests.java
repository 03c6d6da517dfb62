package se.sambruk.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class StaffRegisterBrowserTests extends BrowserTest {

    @Test
    void staffEditAnOrganisationAndAnInvalidValueIsSummarisedWithALinkToTheField() {
        signIn("admin");
        open("/admin");
        navigate(() -> find("main a[href='/organisations']").click());
        open("/organisations/" + organisationId("Arjeplog"));
        navigate(() -> find("main a[href$='/edit']").click());
        var code = find("#municipalityCode");
        String rightCode = code.getAttribute("value");

        code.clear();
        code.sendKeys("12");
        navigate(() -> find("main button[type=submit]").click());

        var summary = find(".error-summary");
        assertThat(driver.switchTo().activeElement()).as("focus on the error summary").isEqualTo(summary);
        var link = summary.findElement(By.cssSelector("a[href='#municipalityCode']"));
        assertThat(link.getText()).isEqualTo("Kommunkoden är fyra siffror, till exempel 0180.");
        assertThat(find("#municipalityCode").getAttribute("aria-invalid")).isEqualTo("true");
        link.click();
        assertThat(focusedElement()).isEqualTo("#municipalityCode");

        code = find("#municipalityCode");
        code.clear();
        code.sendKeys(rightCode);
        navigate(() -> find("main button[type=submit]").click());
        assertThat(path()).isEqualTo("/organisations/" + organisationId("Arjeplog"));
        assertThat(find(".flash").getText()).isEqualTo("Ändringen är sparad.");
    }

    @Test
    void staffPagesPassTheAccessibilityCheck() {
        signIn("admin");
        for (String path : List.of("/admin/organisations/new", "/admin/subscriptions/new", "/admin/users", "/admin/users/new",
                "/admin/users/" + userId("ale"), "/admin/clients", "/admin/clients/new", "/admin/audit",
                "/admin/costs?service=provisum&whatIf=" + organisationId("Kiruna"))) {
            open(path);
        }
    }
}
