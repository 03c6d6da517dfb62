package se.sambruk.provisum;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import se.sambruk.PlatformTest;
import se.sambruk.residents.ResidentFlow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Messages between a guardian and the office, both ways: registered in the diarium, audited, the
 * other side told without personal data, and nobody else reaches them.
 */
class ProvisumMessagesTests extends PlatformTest {

    @Test
    void theOfficeAndTheGuardianWriteToEachOtherAndAreToldWithoutPersonalData() throws Exception {
        long astrid = jdbc.queryForObject("select id from provisum.principal where name = 'Astrid Exempel'", Long.class);
        long borlangeUser = jdbc.queryForObject("select id from core.app_user where username = 'borlange'", Long.class);
        Cookie bo = login("borlange");
        String office = "/provisum/principals/" + astrid;

        mvc.perform(post(office + "/messages").cookie(bo).with(csrf()).param("text", "  ")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv ett meddelande")));
        mvc.perform(post(office + "/messages").cookie(bo).with(csrf()).param("text", "x".repeat(4001))).andExpect(status().isBadRequest());
        int mails = jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = 'erik.provare@example.se'", Integer.class);
        mvc.perform(post(office + "/messages").cookie(bo).with(csrf()).param("text", "Kvittot för kontantuttaget på 12 000 kr saknas."))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = 'erik.provare@example.se'", Integer.class))
                .isEqualTo(mails + 1);
        String mail = jdbc.queryForObject("select subject || ' ' || body from core.outgoing_mail where recipient = 'erik.provare@example.se' order by id desc limit 1",
                String.class);
        assertThat(mail).contains("nytt meddelande").doesNotContain("Astrid").doesNotContain("12 000");

        // the guardian reads it and answers; the office's caseworker of the open case is told
        Cookie erik = ResidentFlow.signIn(mvc, "198507099813");
        String guardian = "/e-tjanster/provisum/huvudman/" + astrid + "/meddelanden";
        mvc.perform(get("/e-tjanster/provisum").cookie(erik)).andExpect(status().isOk()).andExpect(content().string(containsString(guardian)));
        mvc.perform(get(guardian).cookie(erik)).andExpect(status().isOk()).andExpect(content().string(containsString("Kvittot för kontantuttaget")));
        mvc.perform(post(guardian).cookie(erik).with(csrf()).param("text", "")).andExpect(status().isBadRequest());
        int notices = jdbc.queryForObject("select count(*) from core.user_notification where user_id = ?", Integer.class, borlangeUser);
        mvc.perform(post(guardian).cookie(erik).with(csrf()).param("text", "Kvittot kommer med posten.")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from core.user_notification where user_id = ?", Integer.class, borlangeUser))
                .isEqualTo(notices + 1);
        String notice = jdbc.queryForObject("select subject || ' ' || body from core.user_notification where user_id = ? order by id desc limit 1",
                String.class, borlangeUser);
        assertThat(notice).contains("meddelande").doesNotContain("Astrid").doesNotContain("posten");
        mvc.perform(get(office).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("Kvittot kommer med posten.")));
        assertThat(jdbc.queryForObject("select count(*) from provisum.register_entry where kind = 'MESSAGE' and title like ?", Integer.class,
                "%#" + astrid)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'provisum.message' and action = 'PERSONAL_DATA_READ'",
                Integer.class)).isPositive();

        // another resident and another office reach nothing
        Cookie anna = ResidentFlow.signIn(mvc, "198507099805");
        mvc.perform(get(guardian).cookie(anna)).andExpect(status().isNotFound());
        mvc.perform(post(guardian).cookie(anna).with(csrf()).param("text", "Hej")).andExpect(status().isNotFound());
        mvc.perform(post(office + "/messages").cookie(login("kiruna")).with(csrf()).param("text", "Hej")).andExpect(status().isForbidden());
    }

    @Test
    void aGuardianSendingMessagesAgainAndAgainIsStoppedPerAddressAndPrincipalAndTheOfficeIsNotFlooded() throws Exception {
        long astrid = jdbc.queryForObject("select id from provisum.principal where name = 'Astrid Exempel'", Long.class);
        long borlangeUser = jdbc.queryForObject("select id from core.app_user where username = 'borlange'", Long.class);
        Cookie erik = ResidentFlow.signIn(mvc, "198507099813");
        String guardian = "/e-tjanster/provisum/huvudman/" + astrid + "/meddelanden";
        org.springframework.test.web.servlet.request.RequestPostProcessor from = request -> {
            request.setRemoteAddr("198.51.100.77"); // the tests' own 127.0.0.1 is exempt from the limits
            return request;
        };
        for (int i = 1; i <= 10; i++) {
            mvc.perform(post(guardian).cookie(erik).with(csrf()).with(from).param("text", "Meddelande " + i)).andExpect(status().is3xxRedirection());
        }
        int notices = jdbc.queryForObject("select count(*) from core.user_notification where user_id = ?", Integer.class, borlangeUser);
        mvc.perform(post(guardian).cookie(erik).with(csrf()).with(from).param("text", "Det elfte meddelandet"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("många meddelanden på kort tid")))
                .andExpect(content().string(containsString("Det elfte meddelandet")));
        assertThat(jdbc.queryForObject("select count(*) from core.user_notification where user_id = ?", Integer.class, borlangeUser)).isEqualTo(notices);
        assertThat(jdbc.queryForObject("select count(*) from provisum.message where body = 'Det elfte meddelandet'", Integer.class)).isZero();
    }
}
