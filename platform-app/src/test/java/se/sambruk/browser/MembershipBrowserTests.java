package se.sambruk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The membership pages pass the accessibility check; the application form summarises its errors and keeps the input. */
class MembershipBrowserTests extends BrowserTest {

    @Test
    void anOrganisationAppliesThroughAnAccessibleForm() {
        open("/membership/apply");
        find("#organisationName").sendKeys("Sorsele kommun");
        navigate(() -> find("main button[type=submit]").click());
        var summary = find(".error-summary");
        assertThat(summary.findElements(By.cssSelector("a[href='#contactEmail']"))).hasSize(1);
        assertThat(find("#organisationName").getAttribute("value")).isEqualTo("Sorsele kommun");
        assertThat(find("#contactEmail").getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void staffPagesPassTheAccessibilityCheck() {
        signIn("admin");
        for (String page : new String[]{"/admin/membership", "/admin/membership/applications", "/admin/membership/members",
                "/admin/membership/fees?year=2022", "/admin/membership/contacts", "/admin/membership/orders",
                "/admin/membership/control", "/admin/membership/networks", "/admin/membership/events/new", "/admin/membership/ideas"}) {
            open(page);
        }
        open("/admin/membership/applications");
        navigate(() -> find("main table a[href^='/admin/membership/applications/']").click());
        open("/admin/membership/orders");
        navigate(() -> find("main table a[href^='/admin/membership/orders/']").click());
        open("/admin/membership/networks");
        navigate(() -> find("main table a[href^='/admin/membership/networks/']").click());
        open("/admin/membership/networks");
        navigate(() -> find("main table a[href^='/admin/membership/events/']").click());
        open("/admin/membership/members");
        navigate(() -> find("main table a[href$='/resign']").click());
    }

    @Test
    void aMembersPagesPassTheAccessibilityCheck() {
        signIn("malmo");
        for (String page : new String[]{"/org/membership", "/org/contacts", "/org/contacts/new", "/org/orders", "/org/events", "/org/ideas"}) {
            open(page);
        }
        open("/org/contacts");
        navigate(() -> find("main table a[href^='/org/contacts/']").click());
        open("/org/orders");
        navigate(() -> find("main table a[href^='/org/orders/']").click());
    }
}
