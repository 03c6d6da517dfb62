package se.sambruk.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.core.NavigationLink;
import se.sambruk.core.ServiceModule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous visitor finds every service's public faces by links alone: from the start page in
 * one click, and from the services catalogue through the service's own page. The pages come from
 * the ServiceModule beans, so a new service's public pages are walked as soon as it declares them.
 */
class PublicWalkBrowserTests extends BrowserTest {

    @Autowired
    List<ServiceModule> modules;

    @Test
    void everyServicesPublicPageIsOneClickFromTheStartPageAndFromItsCataloguePage() {
        List<ServiceModule> withPages = modules.stream().filter(module -> !module.publicPages().isEmpty()).toList();
        assertThat(withPages).as("services with public pages").isNotEmpty();
        for (ServiceModule module : withPages) {
            for (NavigationLink page : module.publicPages()) {
                open("/");
                navigate(() -> link(page.href()).click());
                assertThat(path()).as("from the start page to %s", page.href()).isEqualTo(page.href());

                open("/");
                navigate(() -> find(".main-nav a[href='/services']").click());
                navigate(() -> link("/services/" + module.serviceCode()).click());
                navigate(() -> link(page.href()).click());
                assertThat(path()).as("from the catalogue to %s", page.href()).isEqualTo(page.href());
            }
        }
    }

    @Test
    void aMunicipalityThatWantsToJoinFindsTheFeesAndThenTheForm() {
        open("/");
        navigate(() -> find(".main-nav a[href='/membership']").click());
        assertThat(find("h1").getText()).isEqualTo("Bli medlem i Sambruk");
        assertThat(driver.findElements(By.cssSelector("#fee-bands tbody tr"))).isNotEmpty();
        navigate(() -> find("#apply-link").click());
        assertThat(path()).isEqualTo("/membership/apply");

        open("/");
        navigate(() -> find("#join-link").click());
        assertThat(path()).isEqualTo("/membership");
    }

    @Test
    void theApiPageLinksTheOpenApiDocumentAndNamesSwaggerUiAsATool() {
        open("/");
        navigate(() -> find(".site-footer a[href='/developers']").click());
        assertThat(find("#openapi-json").getAttribute("href")).endsWith("/v3/api-docs");
        assertThat(find("#swagger-ui").getText()).contains("verktyg");
    }

    /** The first link to exactly this path in the page's main content. */
    private WebElement link(String href) {
        return driver.findElements(By.cssSelector("main a[href='" + href + "']")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + href + " on " + path()));
    }
}
