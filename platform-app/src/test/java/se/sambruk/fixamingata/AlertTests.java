package se.sambruk.fixamingata;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.core.notification.LocalMailCatcher;
import se.sambruk.fixamingata.alert.AlertSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Alerts by e-mail: double opt-in, each event once, unsubscribing without an account; the area's RSS. */
class AlertTests extends ResidentTestSupport {

    @Autowired
    AlertSender sender;
    @Autowired
    se.sambruk.fixamingata.resident.ResidentDataCleanup cleanup;

    int alerts(String email) {
        return jdbc.queryForObject("select count(*) from fixamingata.alert where lower(email) = lower(?)", Integer.class, email);
    }

    List<LocalMailCatcher.CaughtMail> news(String email, String text) {
        return mailsTo(email).stream().filter(m -> m.subject().startsWith("FixaMinGata:") && m.text().contains(text)).toList();
    }

    /**
     * The alert mails with the text once some came: the scheduled run of the same job may hold an
     * alert's row (this run then skips it) and commit its mail a moment later.
     */
    List<LocalMailCatcher.CaughtMail> awaitNews(String email, String text) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            sender.sendDue();
            List<LocalMailCatcher.CaughtMail> found = news(email, text);
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void anAreaAlertIsConfirmedSendsEachNewReportOnceAndStopsByItsLink() throws Exception {
        String email = "omrade.bevakare@example.se";
        mvc.perform(get("/fixamingata/bevakningar/ny").param("lat", "57.9700").param("lon", "12.1700")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"57.9700\"")));
        mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("scope", "AREA").param("lat", "57.9700").param("lon", "12.1700")
                .param("radius", "1000").param("email", email)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kolla din e-post")));
        String confirm = link(email, "Bekräfta din bevakning", "/fixamingata/bevakningar/bekrafta/[0-9a-f]+");

        // nothing is sent before the confirmation
        long before = confirmedReport("Klotter innan bekräftelsen", "rapportor1@example.se", "57.9705", "12.1705");
        sender.sendDue();
        assertThat(news(email, "Klotter innan bekräftelsen")).isEmpty();

        // opening the link (as a mail program checking links does) confirms nothing; the button does
        mvc.perform(get(confirm)).andExpect(status().isOk()).andExpect(content().string(containsString("Bekräfta bevakningen")));
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.alert where email = ? and confirmed_at is null", Integer.class, email)).isOne();
        mvc.perform(post(confirm).with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("inom 1 km")));
        mvc.perform(post(confirm).with(csrf())).andExpect(status().isOk()); // a second click changes nothing
        mvc.perform(get(confirm)).andExpect(status().isOk()).andExpect(content().string(containsString("Bevakningen är igång")));
        long inside = confirmedReport("Klotter inom området", "rapportor2@example.se", "57.9720", "12.1720");
        long outside = confirmedReport("Klotter utanför området", "rapportor3@example.se", "57.9900", "12.1700");
        assertThat(awaitNews(email, "Klotter inom området")).hasSize(1);
        sender.sendDue();
        sender.sendDue();
        List<LocalMailCatcher.CaughtMail> sent = news(email, "Klotter inom området");
        assertThat(sent).as("each new report once per alert").hasSize(1);
        assertThat(sent.get(0).text()).contains("/fixamingata/rapporter/" + inside, "/fixamingata/bevakningar/avsluta/")
                .doesNotContain("Klotter utanför området", "Klotter innan bekräftelsen", "rapportor2@example.se");
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.alert_sent s join fixamingata.alert a on a.id = s.alert_id"
                + " where a.email = ? and s.event = ?", Integer.class, email, "report:" + inside)).isOne();
        assertThat(before).isNotEqualTo(outside);

        // the area's RSS has the report inside, not the one outside
        mvc.perform(get("/fixamingata/omrade/rss").param("lat", "57.9700").param("lon", "12.1700").param("radie", "1000"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<title>Klotter inom området</title>")))
                .andExpect(content().string(not(containsString("Klotter utanför området"))));
        mvc.perform(get("/fixamingata/omrade/rss").param("lat", "x").param("lon", "12.17")).andExpect(status().isBadRequest());
        mvc.perform(get("/fixamingata/omrade/rss").param("lat", "57.97").param("lon", "12.17").param("radie", "99999"))
                .andExpect(status().isBadRequest());

        // unsubscribing: the link shows a button, the button stops the alert; no sign-in needed
        String unsubscribe = java.util.regex.Pattern.compile("(/fixamingata/bevakningar/avsluta/[0-9a-f]+)").matcher(sent.get(0).text())
                .results().findFirst().orElseThrow().group(1);
        mvc.perform(get(unsubscribe)).andExpect(status().isOk()).andExpect(content().string(containsString("Avsluta bevakningen")));
        assertThat(alerts(email)).isOne();
        mvc.perform(post(unsubscribe).with(csrf())).andExpect(redirectedUrl("/fixamingata"));
        assertThat(alerts(email)).isZero();
        mvc.perform(get(unsubscribe)).andExpect(status().isOk()).andExpect(content().string(containsString("finns inte längre")));
        confirmedReport("Klotter efter avslutet", "rapportor4@example.se", "57.9710", "12.1710");
        sender.sendDue();
        assertThat(news(email, "Klotter efter avslutet")).isEmpty();
    }

    @Test
    void aReportAlertSendsThePublicUpdatesAndAMunicipalityAlertItsNewReports() throws Exception {
        String email = "foljer.rapport@example.se";
        long report = confirmedReport("Klotter som följs", "rapportor5@example.se", "57.9501", "12.1401");
        mvc.perform(get("/fixamingata/rapporter/" + report)).andExpect(content().string(containsString("/fixamingata/bevakningar/ny?rapport=" + report)));
        mvc.perform(get("/fixamingata/bevakningar/ny").param("rapport", String.valueOf(report))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Klotter som följs")));
        mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("rapport", String.valueOf(report)).param("email", email))
                .andExpect(status().isOk());
        mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("scope", "MUNICIPALITY").param("lat", ALE_LAT).param("lon", ALE_LON)
                .param("email", email)).andExpect(status().isOk());
        mvc.perform(post(link(email, "Bekräfta din bevakning", "/fixamingata/bevakningar/bekrafta/[0-9a-f]+")).with(csrf())).andExpect(status().isOk());
        mvc.perform(post(link(email, "Bekräfta din bevakning", "/fixamingata/bevakningar/bekrafta/[0-9a-f]+")).with(csrf())).andExpect(status().isOk());

        Cookie handler = login("ale");
        mvc.perform(post("/fixamingata/handlaggning/rapporter/" + report + "/svar").cookie(handler).with(csrf())
                .param("state", "PLANNED").param("text", "Saneringen är planerad till nästa vecka.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/fixamingata/handlaggning/rapporter/" + report + "/anteckningar").cookie(handler).with(csrf())
                .param("text", "Intern anteckning om saneringsfirman")).andExpect(status().is3xxRedirection());
        long elsewhere = confirmedReport("Klotter någon annanstans i Ale", "rapportor6@example.se", "57.9300", "12.1000");
        assertThat(awaitNews(email, "Saneringen är planerad till nästa vecka.")).hasSize(1);
        assertThat(awaitNews(email, "/fixamingata/rapporter/" + elsewhere)).hasSize(1);
        sender.sendDue();
        sender.sendDue();
        List<LocalMailCatcher.CaughtMail> update = news(email, "Saneringen är planerad till nästa vecka.");
        assertThat(update).as("each update once per alert").hasSize(1);
        assertThat(update.get(0).text()).contains("Planerad").doesNotContain("Intern anteckning");
        assertThat(news(email, "/fixamingata/rapporter/" + elsewhere)).hasSize(1);
        assertThat(mailsTo(email).stream().filter(m -> m.text().contains("Intern anteckning"))).isEmpty();
    }

    @Test
    void badInputIsShownInlineAndNothingIsStored() throws Exception {
        String email = "fel.bevakning@example.se";
        mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("scope", "AREA").param("lat", "inte").param("lon", "12.17")
                        .param("radius", "750").param("email", "trasig"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ange platsen")))
                .andExpect(content().string(containsString("namn@exempel.se")))
                .andExpect(content().string(containsString("value=\"inte\"")));
        mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("scope", "AREA").param("lat", "57.97").param("lon", "12.17")
                .param("radius", "750").param("email", email)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Välj ett av avstånden")));
        mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("scope", "MUNICIPALITY").param("lat", "67.85").param("lon", "20.22")
                .param("email", email)).andExpect(status().isOk()).andExpect(content().string(containsString("tar inte emot rapporter")));
        mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("scope", "AREA").param("lat", "52.52").param("lon", "13.40")
                .param("radius", "1000").param("email", email)).andExpect(status().isOk()).andExpect(content().string(containsString("utanför Sverige")));
        mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("rapport", "999999999").param("email", email)).andExpect(status().isNotFound());
        assertThat(alerts(email)).isZero();
        // at most five unconfirmed a day per address
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("scope", "AREA").param("lat", "57.97").param("lon", "12.17")
                    .param("radius", "500").param("email", email)).andExpect(content().string(containsString("Kolla din e-post")));
        }
        mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("scope", "AREA").param("lat", "57.97").param("lon", "12.17")
                .param("radius", "500").param("email", email)).andExpect(content().string(containsString("redan många bevakningar")));
        assertThat(alerts(email)).isEqualTo(5);
        // a week later the unconfirmed ones are gone, with their address
        jdbc.update("update fixamingata.alert set created_at = now() - interval '8 days' where email = ?", email);
        cleanup.clean();
        assertThat(alerts(email)).isZero();
    }
}
