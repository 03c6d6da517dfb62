package se.sambruk.provisum;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.provisum.notices.DeadlineNotices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily job sends each reminder and injunction a deadline calls for once, mails the guardians
 * without personal data, registers it in the diarium, and the office sees what went out.
 */
class ProvisumNoticesTests extends PlatformTest {

    @Autowired
    DeadlineNotices notices;

    int mailsTo(String address) {
        return jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = ?", Integer.class, address);
    }

    String kindsSent(long caseId) {
        return String.join(",", jdbc.queryForList("select action from provisum.deadline_notice where case_id = ? order by sent_on, action",
                String.class, caseId));
    }

    @Test
    void eachNoticeGoesOnceToTheGuardiansAndIsRegistered() throws Exception {
        long bertil = jdbc.queryForObject("select id from provisum.principal where name = 'Bertil Fiktiv'", Long.class);
        long falun = organisationId("Falun");
        LocalDate due = LocalDate.of(2027, 3, 1);
        long caseId = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, opened_on, due_on, diary_number)
                values (?, ?, 'ARSRAKNING', date '2027-01-02', ?, 'NOTICE-TEST') returning id
                """, Long.class, falun, bertil, due);
        int mails = mailsTo("karin@example.se");

        notices.sendDue(due.minusDays(20));
        assertThat(kindsSent(caseId)).isEmpty();
        notices.sendDue(due.minusDays(14));
        notices.sendDue(due.minusDays(14));
        notices.sendDue(due.minusDays(3));
        assertThat(kindsSent(caseId)).isEqualTo("REMINDER");
        notices.sendDue(due.plusDays(1));
        notices.sendDue(due.plusDays(2));
        assertThat(kindsSent(caseId)).isEqualTo("REMINDER,OVERDUE_REMINDER");
        notices.sendDue(due.plusDays(31));
        notices.sendDue(due.plusDays(60));
        assertThat(kindsSent(caseId)).isEqualTo("REMINDER,OVERDUE_REMINDER,INJUNCTION");
        assertThat(mailsTo("karin@example.se")).isGreaterThanOrEqualTo(mails + 3);
        String last = jdbc.queryForObject("select subject || ' ' || body from core.outgoing_mail where recipient = 'karin@example.se' and body like '%NOTICE-TEST%' order by id desc limit 1",
                String.class);
        assertThat(last).contains("Föreläggande").contains("16 kap. 13 §").doesNotContain("Bertil");
        assertThat(jdbc.queryForObject("select count(*) from provisum.register_entry where case_id = ? and kind like '%_SENT'", Integer.class, caseId))
                .isEqualTo(3);

        // the injunction is also a decision the guardian reads in the e-service (without a second mail)
        assertThat(jdbc.queryForObject("select count(*) from provisum.decision where case_id = ? and kind = 'INJUNCTION' and mailed = 0",
                Integer.class, caseId)).isOne();
        assertThat(jdbc.queryForObject("select reasons from provisum.decision where case_id = ?", String.class, caseId))
                .contains("årsräkningen").contains("FB 16 kap. 13 §");

        Cookie bo = login("borlange");
        mvc.perform(get("/provisum/notices").cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("NOTICE-TEST")))
                .andExpect(content().string(containsString("Föreläggande med vite")));
        mvc.perform(get("/provisum/cases/" + caseId).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("INJUNCTION_SENT")));
        // another office sees none of Borlänge's notices
        mvc.perform(get("/provisum/notices").cookie(login("kiruna"))).andExpect(status().isForbidden());
        jdbc.update("delete from provisum.case_file where id = ?", caseId);
    }
}
