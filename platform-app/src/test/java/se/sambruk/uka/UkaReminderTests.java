package se.sambruk.uka;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.uka.people.FollowUpReminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A follow-up due today becomes one notice to the caseworker who took the person on, naming no one; once. */
class UkaReminderTests extends PlatformTest {

    @Autowired
    FollowUpReminders reminders;

    @Test
    void aFollowUpDueTodayRemindsTheCaseworkerOnce() throws Exception {
        long borlange = organisationId("Borlänge");
        long person = jdbc.queryForObject("select min(id) from uka.young_person where organisation_id = ? and covered and anonymised_at is null",
                Long.class, borlange);
        long user = jdbc.queryForObject("select id from core.app_user where username = 'borlange'", Long.class);
        Cookie bo = login("borlange");
        mvc.perform(post("/uka/personer/" + person + "/tilldela").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
        // a follow-up due in a week is not reminded of yet; one due today is
        mvc.perform(post("/uka/personer/" + person + "/uppfoljningar").cookie(bo).with(csrf()).param("due", LocalDate.now().plusDays(7).toString())
                .param("note", "Senare")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/uka/personer/" + person + "/uppfoljningar").cookie(bo).with(csrf()).param("due", LocalDate.now().toString())
                .param("note", "Ring om praktiken")).andExpect(status().is3xxRedirection());
        String link = "/uka/personer/" + person + "#uppfoljning";
        long before = jdbc.queryForObject("select count(*) from core.user_notification where user_id = ? and link = ?", Long.class, user, link);
        // the demo's follow-ups of the person that are due go to the caseworker now too: one notice each
        long due = jdbc.queryForObject("select count(*) from uka.follow_up where person_id = ? and done_at is null and reminded_at is null "
                + "and due_date <= current_date", Long.class, person);
        assertThat(due).isGreaterThanOrEqualTo(1);

        assertThat(reminders.sendDue()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from core.user_notification where user_id = ? and link = ?", Long.class, user, link))
                .isEqualTo(before + due);
        String body = jdbc.queryForObject("select body from core.user_notification where user_id = ? and link = ? order by id desc limit 1",
                String.class, user, link);
        String name = jdbc.queryForObject("select name from uka.young_person where id = ?", String.class, person);
        assertThat(body).doesNotContain(name).doesNotContain("Ring om praktiken");
        assertThat(jdbc.queryForObject("select count(*) from uka.follow_up where person_id = ? and note = 'Senare' and reminded_at is null",
                Long.class, person)).isEqualTo(1);

        // the next morning's run sends nothing again for it
        reminders.sendDue();
        assertThat(jdbc.queryForObject("select count(*) from core.user_notification where user_id = ? and link = ?", Long.class, user, link))
                .isEqualTo(before + due);
    }
}
