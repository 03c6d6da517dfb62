package se.sambruk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyboard users: a skip link first, then the main navigation and forms in order, always with visible focus. */
class KeyboardBrowserTests extends BrowserTest {

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
        open("/");

        press(Keys.TAB);
        assertThat(focusedElement()).isEqualTo("a \"Hoppa till innehållet\"");
        assertThat(focusIsVisible()).isTrue();
        assertThat(driver.switchTo().activeElement().getRect().getX()).as("the skip link shows when focused").isNotNegative();

        press(Keys.ENTER);
        assertThat(focusedElement()).isEqualTo("#main");
    }

    @Test
    void mainNavigationIsReachedInOrderWithVisibleFocus() {
        open("/");

        assertThat(tabUntil("a \"Logga in\"", 15)).containsSubsequence(
                "a \"Hoppa till innehållet\"", "a \"S Sambruk\"", "a \"Tjänster\"", "a \"Organisationer\"",
                "#site-search", "button \"Sök\"", "a \"English\"", "a \"Logga in\"");
    }

    @Test
    void loginFormIsReachedInOrderWithVisibleFocus() {
        open("/login");

        assertThat(tabUntil("button \"Logga in\"", 20)).containsSubsequence(
                "a \"Hoppa till innehållet\"", "#username", "#password", "button \"Logga in\"");
    }
}
