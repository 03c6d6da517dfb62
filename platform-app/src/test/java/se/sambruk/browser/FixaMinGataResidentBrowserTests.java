package se.sambruk.browser;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.core.notification.LocalMailCatcher;
import se.sambruk.core.notification.MailOutbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residents' extras in a browser without map tiles: an address search that continues to the
 * report form, an area alert with an error on the way, and the demo resident's account reached by
 * the e-mailed link. Every page passes the accessibility check.
 */
class FixaMinGataResidentBrowserTests extends BrowserTest {

    @Autowired
    LocalMailCatcher mails;
    @Autowired
    MailOutbox mailOutbox;

    @Test
    void anAddressSearchLeadsToTheReportForm() {
        open("/fixamingata");
        find("#q").sendKeys("Göteborgsvägen 1, Nödinge");
        navigate(() -> find("main form.fmg-address button[type=submit]").click());
        assertThat(find("main").getText()).contains("Göteborgsvägen, Surte, Ale kommun");
        navigate(() -> find("main .fmg-places a.button").click());
        assertThat(find("h1").getText()).isEqualTo("Beskriv felet");
    }

    @Test
    void anAreaAlertIsAskedForWithTheErrorsSummarised() {
        open("/fixamingata/bevakningar/ny?lat=57.9605&lon=12.1502");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find(".error-summary a[href='#email']").getText()).isEqualTo("Skriv din e-postadress.");
        assertThat(find("#email").getAttribute("aria-invalid")).isEqualTo("true");
        find("#email").sendKeys("bo.bevakare@example.se");
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("h1").getText()).isEqualTo("Kolla din e-post");
    }

    @Test
    void theDemoResidentSignsInByTheLinkAndManagesAReport() {
        String email = "eva.exempel@demo.sambruk.se";
        open("/fixamingata/konto");
        find("#email").sendKeys(email);
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("h1").getText()).isEqualTo("Kolla din e-post");
        mailOutbox.sendDue();
        LocalMailCatcher.CaughtMail mail = mails.await(m -> m.isTo(email) && m.subject().startsWith("Logga in"), Duration.ofSeconds(20))
                .orElseThrow();
        Matcher link = Pattern.compile("http://[^/\\s]+(/fixamingata/konto/inloggning/[0-9a-f]+)").matcher(mail.text());
        assertThat(link.find()).isTrue();
        open(link.group(1));
        navigate(() -> find("main form button[type=submit]").click());
        assertThat(find("h1").getText()).isEqualTo("Mina rapporter och bevakningar");
        assertThat(find("main").getText()).contains("Tre gatlampor släckta på Göteborgsvägen", "nya rapporter i Ale kommun");
        navigate(() -> find("main table a[href*='/fixamingata/konto/rapporter/']").click());
        assertThat(find("h2#hide-title")).isNotNull();
    }
}
