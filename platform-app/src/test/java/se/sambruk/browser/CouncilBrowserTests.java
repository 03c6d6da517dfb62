package se.sambruk.browser;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.Roles;
import se.sambruk.core.councils.Councils;
import se.sambruk.core.councils.ProposalState;
import se.sambruk.core.councils.VoteCounting;

import static org.assertj.core.api.Assertions.assertThat;

/** The steering council pages pass the accessibility check, and the proposal form summarises its errors. */
class CouncilBrowserTests extends BrowserTest {

    @Autowired
    Councils councils;

    @Test
    void aMemberMakesAProposalThroughAnAccessibleForm() {
        signIn("ale");
        open("/councils");
        open("/councils/fixamingata");
        navigate(() -> find("main a[href='/councils/fixamingata/proposals/new']").click());
        navigate(() -> find("main button[type=submit]").click());
        var summary = find(".error-summary");
        assertThat(summary.findElement(By.cssSelector("a[href='#title']")).getText()).isEqualTo("Skriv en rubrik");
        assertThat(find("#title").getAttribute("aria-invalid")).isEqualTo("true");

        find("#title").sendKeys("Karta i mobilen");
        find("#description").sendKeys("Visa felanmälningar på en karta.");
        find("#benefit").sendKeys("Färre dubbletter.");
        find("#cost").clear();
        find("#cost").sendKeys("80 000");
        navigate(() -> find("main button[type=submit]").click());
        assertThat(find("h1").getText()).isEqualTo("Karta i mobilen");
        assertThat(find(".flash").getText()).isEqualTo("Förslaget är lämnat.");

        // staff open a round; the delegate votes on the round page
        String proposalPath = path();
        long proposalId = Long.parseLong(proposalPath.substring(proposalPath.lastIndexOf('/') + 1));
        CurrentUser staff = new CurrentUser(null, "admin", 0, Set.of("ROLE_" + Roles.SAMBRUK_ADMIN));
        var council = councils.council("fixamingata");
        councils.move(staff, council, proposalId, ProposalState.PREPARATION);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long roundId = councils.openRound(staff, council, proposalId, now.minusSeconds(60), now.plusSeconds(3600),
                new VoteCounting.Rule(VoteCounting.Majority.SIMPLE, 10, VoteCounting.Weighting.ONE_PER_ORGANISATION)).getId();
        open(proposalPath);
        open("/councils/fixamingata/rounds/" + roundId);
        find("#choice-YES").click();
        navigate(() -> find("main form[action$='/vote'] button[type=submit]").click());
        assertThat(find(".flash").getText()).startsWith("Rösten är registrerad.");
    }

    /** The demo council's minutes, printable minutes, prioritisation and the chair's forms pass the accessibility check. */
    @Test
    void minutesPrioritisationAndTheChairsFormsAreAccessible() {
        signIn("admin");
        open("/councils/fixamingata");
        navigate(() -> find("main a[href^='/councils/fixamingata/meetings/']:not([href$='/new'])").click());
        assertThat(find("main").getText()).contains("§1").contains("Protokollet justerades");
        String meetingPath = path();
        open(meetingPath + "/print");
        open("/councils/fixamingata/meetings/new");
        navigate(() -> find("main button[type=submit]").click()); // no title, no place: errors summarised
        assertThat(find(".error-summary").getText()).contains("Skriv en rubrik");
        open("/councils/fixamingata/priorities/new");
        open("/councils/fixamingata/settings");

        driver.manage().deleteAllCookies();
        signIn("ale");
        open("/councils/fixamingata");
        navigate(() -> find("main a[href^='/councils/fixamingata/priorities/']").click());
        assertThat(find("main form[action$='/vote']").getText()).contains("Fördela högst 100 poäng");
        open(meetingPath);
    }
}
