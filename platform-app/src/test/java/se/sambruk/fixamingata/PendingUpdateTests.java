package se.sambruk.fixamingata;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.fixamingata.delivery.DeliveryOutbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A resident's update on a report page is held until its e-mailed link is opened and the button
 * pressed: an anonymous form floods neither the report nor the municipality's inbox.
 */
class PendingUpdateTests extends ResidentTestSupport {

    static final String CONFIRM = "/fixamingata/uppdateringar/bekrafta/[0-9a-f]+";

    @Autowired
    DeliveryOutbox outbox;

    int updates(long report) {
        return jdbc.queryForObject("select count(*) from fixamingata.report_update where report_id = ?", Integer.class, report);
    }

    int deliveries(long report) {
        return jdbc.queryForObject("select count(*) from fixamingata.delivery where report_id = ? and update_id is not null", Integer.class, report);
    }

    @Test
    void thirtyUpdatesPublishNothingUntilOneIsConfirmedAndThatOneOnlyOnce() throws Exception {
        long report = confirmedReport("Klotter på bron", "vantar.rapport@example.se", "57.961", "12.151");
        int before = updates(report);
        String victim = "vantar.offer@example.se";
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/fixamingata/rapporter/" + report + "/uppdateringar").with(csrf()).param("action", "COMMENT")
                            .param("text", "KÖP BILLIGT nr " + i + " http://skräp.example").param("name", "Spam").param("email", victim))
                    .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashKey", "fmg.update.sent"));
        }
        assertThat(updates(report)).isEqualTo(before);
        assertThat(deliveries(report)).isZero();
        mvc.perform(get("/fixamingata/rapporter/" + report)).andExpect(content().string(not(containsString("KÖP BILLIGT"))));
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.pending_update where report_id = ?", Integer.class, report)).isEqualTo(30);
        // the confirmation mails carry none of the typed text, in the subject or the body
        var sent = mailsTo(victim);
        for (long until = System.currentTimeMillis() + 15_000; sent.size() < 30 && System.currentTimeMillis() < until; sent = mailsTo(victim)) {
            Thread.sleep(200); // the outbox sends every half second: wait for the last ones
        }
        assertThat(sent).hasSize(30).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Bekräfta din uppdatering i FixaMinGata");
            assertThat(mail.text()).doesNotContain("KÖP BILLIGT").doesNotContain("Spam");
        });

        // opening the link shows a button and publishes nothing (a mail program's link checker confirms nothing)
        String link = link(victim, "Bekräfta din uppdatering", CONFIRM);
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Publicera uppdateringen")));
        assertThat(updates(report)).isEqualTo(before);
        // pressing it publishes exactly that one and queues it for the municipality once
        mvc.perform(post(link).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/fixamingata/rapporter/" + report)).andExpect(flash().attribute("flashKey", "fmg.updated.COMMENT"));
        assertThat(updates(report)).isEqualTo(before + 1);
        assertThat(deliveries(report)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select text from fixamingata.report_update where report_id = ? and kind = 'COMMENT'", String.class, report))
                .startsWith("KÖP BILLIGT nr ");
        assertThat(jdbc.queryForObject("select email from fixamingata.pending_update where confirmed_at is not null and report_id = ?",
                String.class, report)).isEmpty();
        // a second use does nothing and says so
        mvc.perform(post(link).with(csrf())).andExpect(status().isGone()).andExpect(content().string(containsString("redan använd")));
        mvc.perform(get(link)).andExpect(status().isGone());
        assertThat(updates(report)).isEqualTo(before + 1);
        assertThat(deliveries(report)).isEqualTo(1);
        // the municipality gets it once, with no typed text in the subject
        outbox.sendDue();
        mailOutbox.sendDue();
        assertThat(mails.await(m -> m.subject().startsWith("FixaMinGata " + report + ":") && m.text().contains("KÖP BILLIGT"),
                Duration.ofSeconds(20))).isPresent();
        assertThat(mails.await(m -> m.subject().startsWith("FixaMinGata " + report + ":") && m.text().contains("Klotter på bron"),
                Duration.ofSeconds(20))).isPresent();
        outbox.sendDue();
        mailOutbox.sendDue();
        var forwarded = mails.mails().stream().filter(m -> m.subject().startsWith("FixaMinGata " + report + ":")).toList();
        assertThat(forwarded).hasSize(2).allSatisfy(mail -> assertThat(mail.subject()).doesNotContain("KÖP").doesNotContain("Klotter på bron"));
        assertThat(forwarded).filteredOn(mail -> mail.text().contains("KÖP BILLIGT")).hasSize(1);
    }

    @Test
    void anUnknownOrExpiredLinkPublishesNothingAndARefusedFormKeepsWhatWasTyped() throws Exception {
        long report = confirmedReport("Klotter på skolan", "vantar.skola@example.se", "57.962", "12.152");
        int before = updates(report);
        mvc.perform(get("/fixamingata/uppdateringar/bekrafta/" + "ab".repeat(24))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ingenting har publicerats")));
        mvc.perform(post("/fixamingata/uppdateringar/bekrafta/" + "ab".repeat(24)).with(csrf())).andExpect(status().isNotFound());

        mvc.perform(post("/fixamingata/rapporter/" + report + "/uppdateringar").with(csrf()).param("action", "FIXED").param("text", "Nu är det tvättat.")
                        .param("email", "inte en adress"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">Nu &auml;r det tv&auml;ttat.</textarea>")))
                .andExpect(content().string(containsString("value=\"inte en adress\"")))
                .andExpect(content().string(containsString("namn@exempel.se")));
        mvc.perform(post("/fixamingata/rapporter/" + report + "/uppdateringar").with(csrf()).param("action", "FIXED").param("text", "Nu är det tvättat."))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Skriv din e-postadress")));
        var held = mvc.perform(post("/fixamingata/rapporter/" + report + "/uppdateringar").with(csrf()).param("action", "FIXED")
                .param("text", "Nu är det tvättat.").param("email", "vantar.sen@example.se")).andExpect(status().is3xxRedirection()).andReturn();
        // the page after the redirect says "Vi har skickat en länk till din e-post ..." (the layout shows the flash message)
        assertThat((java.util.Map<String, Object>) held.getFlashMap()).containsEntry("flashKey", "fmg.update.sent");
        String link = link("vantar.sen@example.se", "Bekräfta din uppdatering", CONFIRM);
        jdbc.update("update fixamingata.pending_update set expires_at = now() - interval '1 minute' where report_id = ?", report);
        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("gått ut")));
        mvc.perform(post(link).with(csrf())).andExpect(status().isGone());
        assertThat(updates(report)).isEqualTo(before);
        assertThat(deliveries(report)).isZero();

        // never confirmed: gone after a week by the retention rule
        jdbc.update("update fixamingata.pending_update set created_at = now() - interval '8 days' where report_id = ?", report);
        assertThat(cleanupRemoves(report)).isZero();
    }

    @Autowired
    se.sambruk.fixamingata.resident.ResidentDataCleanup cleanup;

    /** Runs the residents' address rules; how many pending updates of the report are left. */
    int cleanupRemoves(long report) {
        cleanup.clean();
        return jdbc.queryForObject("select count(*) from fixamingata.pending_update where report_id = ?", Integer.class, report);
    }

    @Test
    void aResidentSignedInWithTheAddressGivenPublishesAtOnce() throws Exception {
        long report = confirmedReport("Klotter på kiosken", "vantar.kiosk@example.se", "57.963", "12.153");
        int before = updates(report);
        Cookie session = signIn("vantar.kiosk@example.se");
        mvc.perform(get("/fixamingata/rapporter/" + report).cookie(session)).andExpect(content().string(containsString("vantar.kiosk@example.se")));
        mvc.perform(post("/fixamingata/rapporter/" + report + "/uppdateringar").cookie(session).with(csrf()).param("action", "COMMENT")
                        .param("text", "Det är värre nu.").param("email", "Vantar.Kiosk@example.se"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashKey", "fmg.updated.COMMENT"));
        assertThat(updates(report)).isEqualTo(before + 1);
        assertThat(deliveries(report)).isEqualTo(1);
        // signed in but giving another address: held like anyone's
        mvc.perform(post("/fixamingata/rapporter/" + report + "/uppdateringar").cookie(session).with(csrf()).param("action", "COMMENT")
                        .param("text", "Och en till.").param("email", "nagon.annan@example.se"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashKey", "fmg.update.sent"));
        assertThat(updates(report)).isEqualTo(before + 1);
    }
}
