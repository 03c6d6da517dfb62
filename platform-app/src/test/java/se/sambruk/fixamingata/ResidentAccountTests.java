package se.sambruk.fixamingata;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A resident's optional account: signing in by link, their own reports only, editing, hiding, deleting (GDPR). */
class ResidentAccountTests extends ResidentTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    se.sambruk.fixamingata.resident.ResidentDataCleanup cleanup;

    @Test
    void theSignInLinkWorksOnceAndAnAddressCannotBeFlooded() throws Exception {
        String email = "en.gang@example.se";
        mvc.perform(post("/fixamingata/konto/inloggning").with(csrf()).param("email", "inte en adress"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("namn@exempel.se")))
                .andExpect(content().string(containsString("value=\"inte en adress\"")));
        mvc.perform(post("/fixamingata/konto/inloggning").with(csrf()).param("email", email)).andExpect(status().isOk());
        String path = link(email, "Logga in på FixaMinGata", "/fixamingata/konto/inloggning/[0-9a-f]+");
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.resident_sign_in where token_hash = ?", Integer.class,
                path.substring(path.lastIndexOf('/') + 1))).as("the token itself is not stored").isZero();
        // opening the link (as a mail program checking links does) signs nobody in and does not use it up
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Logga in")));
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(not(containsString("redan använts"))));
        mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl("/fixamingata/konto"));
        mvc.perform(post(path).with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("redan använts")));
        mvc.perform(get(path)).andExpect(content().string(containsString("redan använts")));
        // an expired link
        mvc.perform(post("/fixamingata/konto/inloggning").with(csrf()).param("email", email)).andExpect(status().isOk());
        String expired = link(email, "Logga in på FixaMinGata", "/fixamingata/konto/inloggning/[0-9a-f]+");
        jdbc.update("update fixamingata.resident_sign_in set expires_at = now() - interval '1 minute' where lower(email) = ? and used_at is null", email);
        mvc.perform(post(expired).with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("gått ut")));
        jdbc.update("update fixamingata.resident_sign_in set expires_at = now() - interval '2 days' where lower(email) = ? and used_at is null", email);
        cleanup.clean();
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.resident_sign_in where lower(email) = ? and used_at is null",
                Integer.class, email)).isZero();
        // at most five links an hour
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/fixamingata/konto/inloggning").with(csrf()).param("email", email)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kolla din e-post")));
        }
        mvc.perform(post("/fixamingata/konto/inloggning").with(csrf()).param("email", email.toUpperCase())).andExpect(status().isOk())
                .andExpect(content().string(containsString("många länkar")));
        // forms need the CSRF token
        mvc.perform(post("/fixamingata/konto/inloggning").param("email", email)).andExpect(status().isForbidden());
    }

    @Test
    void aSignedInResidentSeesEditsAndHidesOnlyTheirOwnReports() throws Exception {
        String ida = "ida.konto@example.se", other = "nils.konto@example.se";
        long own = confirmedReport("Klotter på min gata", ida, "57.9601", "12.1501");
        long answered = confirmedReport("Klotter som kommunen svarat på", ida, "57.9602", "12.1502");
        long theirs = confirmedReport("Någon annans klotter", other, "57.9603", "12.1503");
        mvc.perform(post("/fixamingata/handlaggning/rapporter/" + answered + "/svar").cookie(login("ale")).with(csrf())
                .param("state", "INVESTIGATING").param("text", "Vi tittar på det.")).andExpect(status().is3xxRedirection());

        // not signed in: the sign-in form, and the report pages send there
        mvc.perform(get("/fixamingata/konto")).andExpect(status().isOk()).andExpect(content().string(containsString("Skicka inloggningslänk")));
        mvc.perform(get("/fixamingata/konto/rapporter/" + own)).andExpect(redirectedUrl("/fixamingata/konto"));
        mvc.perform(post("/fixamingata/konto/rapporter/" + own).with(csrf()).param("title", "Kapat").param("detail", "x"))
                .andExpect(redirectedUrl("/fixamingata/konto"));

        // the mail that tells the resident the report is published says where to manage it
        assertThat(mails.await(m -> m.isTo(ida) && m.subject().startsWith("Din rapport är publicerad"), java.time.Duration.ofSeconds(20))
                .orElseThrow().text()).contains("/fixamingata/konto");
        mvc.perform(get("/fixamingata/rapporter/" + own)).andExpect(content().string(containsString("href=\"/fixamingata/konto\"")));
        Cookie session = signIn(ida.toUpperCase());
        mvc.perform(get("/fixamingata/konto").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Klotter på min gata")))
                .andExpect(content().string(containsString("Klotter som kommunen svarat på")))
                .andExpect(content().string(not(containsString("Någon annans klotter"))));

        // someone else's report answers as if it did not exist, and stays as it was
        mvc.perform(get("/fixamingata/konto/rapporter/" + theirs).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(post("/fixamingata/konto/rapporter/" + theirs).cookie(session).with(csrf()).param("title", "Kapat").param("detail", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/fixamingata/konto/rapporter/" + theirs + "/dolj").cookie(session).with(csrf()).param("text", "true"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select title || detail_hidden from fixamingata.report where id = ?", String.class, theirs))
                .isEqualTo("Någon annans klotterfalse");

        // edit: bad input inline, what was typed kept; then saved and public
        mvc.perform(get("/fixamingata/konto/rapporter/" + own).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Klotter på min gata\"")));
        mvc.perform(post("/fixamingata/konto/rapporter/" + own).cookie(session).with(csrf()).param("title", "x".repeat(201)).param("detail", "Ny text behålls"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Texten är för lång")))
                .andExpect(content().string(containsString("value=\"" + "x".repeat(201) + "\"")))
                .andExpect(content().string(containsString("Ny text behålls")));
        mvc.perform(post("/fixamingata/konto/rapporter/" + own).cookie(session).with(csrf())
                        .param("title", "Klotter på elskåpet, Storgatan").param("detail", "Stort klotter på elskåpets framsida."))
                .andExpect(redirectedUrl("/fixamingata/konto"));
        mvc.perform(get("/fixamingata/rapporter/" + own)).andExpect(content().string(containsString("Klotter på elskåpet, Storgatan")));
        mvc.perform(get("/fixamingata/handlaggning/rapporter/" + own).cookie(login("ale")))
                .andExpect(content().string(containsString("Invånaren ändrade rubriken eller beskrivningen")));
        // once the municipality has answered, the text stays
        mvc.perform(get("/fixamingata/konto/rapporter/" + answered).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("redan börjat hantera")));
        mvc.perform(post("/fixamingata/konto/rapporter/" + answered).cookie(session).with(csrf()).param("title", "Ändrad").param("detail", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("redan börjat hantera")));
        assertThat(jdbc.queryForObject("select title from fixamingata.report where id = ?", String.class, answered))
                .isEqualTo("Klotter som kommunen svarat på");

        // hide text and photos: gone from the public page, the photo and Open311; staff still see them
        mvc.perform(get("/fixamingata/rapporter/" + own + "/bilder/0")).andExpect(status().isOk());
        mvc.perform(get("/fixamingata/rapporter/" + own)).andExpect(content().string(containsString("Ida Invånare")));
        mvc.perform(post("/fixamingata/konto/rapporter/" + own + "/dolj").cookie(session).with(csrf()).param("text", "true").param("photos", "true")
                        .param("name", "true"))
                .andExpect(redirectedUrl("/fixamingata/konto/rapporter/" + own));
        mvc.perform(get("/fixamingata/rapporter/" + own)).andExpect(content().string(containsString("Beskrivningen är dold")))
                .andExpect(content().string(not(containsString("Stort klotter på elskåpets framsida."))))
                .andExpect(content().string(not(containsString("Ida Invånare"))));
        mvc.perform(get("/fixamingata/rapporter/" + own + "/bilder/0")).andExpect(status().isNotFound());
        mvc.perform(get("/open311/v2/requests/" + own + ".json").param("jurisdiction_id", "1440")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].description").value(""))
                .andExpect(jsonPath("$[0].media_url").doesNotExist());
        mvc.perform(get("/fixamingata/handlaggning/rapporter/" + own).cookie(login("ale")))
                .andExpect(content().string(containsString("Stort klotter på elskåpets framsida.")));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'fixamingata.report' and target_id = ?"
                + " and action = 'PERSONAL_DATA_CHANGED'", Integer.class, String.valueOf(own))).isGreaterThanOrEqualTo(2);

        // the other resident sees only theirs
        Cookie nils = signIn(other);
        mvc.perform(get("/fixamingata/konto").cookie(nils)).andExpect(content().string(containsString("Någon annans klotter")))
                .andExpect(content().string(not(containsString("Storgatan"))));
        mvc.perform(get("/fixamingata/konto/rapporter/" + own).cookie(nils)).andExpect(status().isNotFound());

        // signing out ends it
        mvc.perform(post("/fixamingata/konto/utloggning").cookie(session).with(csrf())).andExpect(redirectedUrl("/fixamingata"));
        mvc.perform(get("/fixamingata/konto").cookie(session)).andExpect(content().string(containsString("Skicka inloggningslänk")));
    }

    @Test
    void deletingTheAccountErasesTheResidentFromTheReportsAndRemovesTheAlerts() throws Exception {
        String email = "radera.mig@example.se", other = "behall.mig@example.se";
        long report = confirmedReport("Klotter som finns kvar", email, "57.9611", "12.1511");
        long otherReport = confirmedReport("Annans rapport", other, "57.9612", "12.1512");
        Cookie session = signIn(email);
        mvc.perform(post("/fixamingata/bevakningar").cookie(session).with(csrf()).param("rapport", String.valueOf(report)).param("email", email))
                .andExpect(status().isOk()).andExpect(content().string(containsString("gäller direkt")));
        mvc.perform(post("/fixamingata/bevakningar").with(csrf()).param("scope", "MUNICIPALITY").param("lat", ALE_LAT).param("lon", ALE_LON)
                .param("email", other)).andExpect(status().isOk());
        long othersAlert = jdbc.queryForObject("select id from fixamingata.alert where email = ?", Long.class, other);
        mvc.perform(get("/fixamingata/konto").cookie(session)).andExpect(content().string(containsString("rapport " + report)))
                .andExpect(content().string(containsString("Det här finns kvar")));
        // another resident's alert cannot be stopped from this account
        mvc.perform(post("/fixamingata/konto/bevakningar/" + othersAlert + "/avsluta").cookie(session).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post("/fixamingata/konto/radera").cookie(session).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kryssa i att du vill radera kontot")));
        mvc.perform(post("/fixamingata/konto/radera").cookie(session).with(csrf()).param("confirm", "true")).andExpect(redirectedUrl("/fixamingata"));

        var erased = jdbc.queryForMap("select reporter_name, reporter_email, reporter_phone, show_name, title from fixamingata.report where id = ?", report);
        assertThat(erased).containsEntry("reporter_email", "").containsEntry("reporter_phone", null).containsEntry("show_name", false)
                .containsEntry("title", "Klotter som finns kvar");
        assertThat(erased.get("reporter_name")).isEqualTo("(uppgifter raderade)");
        mvc.perform(get("/fixamingata/rapporter/" + report)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Ida Invånare"))));
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.alert where lower(email) = ?", Integer.class, email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.resident where lower(email) = ?", Integer.class, email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.resident_sign_in where lower(email) = ?", Integer.class, email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.alert where id = ?", Integer.class, othersAlert)).isOne();
        assertThat(jdbc.queryForObject("select reporter_email from fixamingata.report where id = ?", String.class, otherReport)).isEqualTo(other);
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'fixamingata.resident' and detail like 'Kontot raderat%'",
                Integer.class)).isPositive();
        // the session no longer carries the account
        mvc.perform(get("/fixamingata/konto").cookie(session)).andExpect(content().string(containsString("Skicka inloggningslänk")));
    }
}
