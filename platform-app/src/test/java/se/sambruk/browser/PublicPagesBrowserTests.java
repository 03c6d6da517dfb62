package se.sambruk.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicPagesBrowserTests extends BrowserTest {

    @Test
    void startPageListsTheServicesAndShowsTheMap() {
        open("/");

        assertThat(driver.findElements(By.cssSelector(".card-grid .card h3 a"))).hasSize(7)
                .anySatisfy(link -> assertThat(link.getText()).isEqualTo("Bibblix"));
        var map = find(".map-figure img");
        assertThat(map.isDisplayed()).isTrue();
        assertThat((Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", map))
                .as("the map image loaded").isPositive();
    }

    @Test
    void languageSwitchesToEnglishAndBackToSwedish() {
        open("/");
        assertThat(find("html").getAttribute("lang")).isEqualTo("sv");
        assertThat(find("h1").getText()).isEqualTo("Av kommuner, för kommuner");

        navigate(() -> find(By.linkText("English")).click());
        assertThat(find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(find("h1").getText()).isEqualTo("By municipalities, for municipalities");

        navigate(() -> find(By.linkText("Svenska")).click());
        assertThat(find("html").getAttribute("lang")).isEqualTo("sv");
        assertThat(find("h1").getText()).isEqualTo("Av kommuner, för kommuner");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/services", "/services/provisum", "/organisations", "/organisations?type=MUNICIPALITY&q=Mora",
            "/search?q=bibblix", "/accessibility", "/services/no-such-service"})
    void publicPagesPassTheAccessibilityCheck(String path) {
        open(path);
    }

    @Test
    void accessibilityCheckReportsAViolation() {
        open("/");
        ((JavascriptExecutor) driver).executeScript("document.querySelector('main').append(document.createElement('img'))");

        assertThatThrownBy(() -> Axe.assertNoViolations(driver))
                .hasMessageContaining("image-alt (critical)").hasMessageContaining("main > img");
    }
}
