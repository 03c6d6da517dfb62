package se.sambruk.core.notification;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.PlatformTest;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.Notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NotificationsTests extends PlatformTest {

    @Autowired
    se.sambruk.core.retention.Retention retention;

    @Autowired
    Notifications notifications;
    @Autowired
    LocalMailCatcher catcher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ClusterJobs jobs;
    @Autowired
    MailOutbox outbox;

    @Test
    void anEmailGoesThroughTheOutboxOverSmtpWithSwedishCharactersIntact() {
        transactions.executeWithoutResult(status -> notifications.email("åsa@example.se", "Ärende 17: gatlampa på Storgatan", "Hej Åsa!\nLampan är lagad."));

        var mail = catcher.await(m -> m.subject().equals("Ärende 17: gatlampa på Storgatan"), Duration.ofSeconds(10));
        assertThat(mail).hasValueSatisfying(m -> {
            assertThat(m.to()).containsExactly("åsa@example.se");
            assertThat(m.text()).isEqualTo("Hej Åsa!\nLampan är lagad.");
        });
        assertThat(jdbc.queryForObject("select count(*) from core.outgoing_mail where subject = ? and sent_at is not null",
                Integer.class, "Ärende 17: gatlampa på Storgatan")).isEqualTo(1);
    }

    @Test
    void aMailTheServerRefusesWaitsWithTheAnswerAndGoesLaterExactlyOnce() {
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(1); // nothing listens there
        MailOutbox failing = new MailOutbox(jdbc, transactions, providerOf(down), jobs, "noreply@sambruk.se");
        jdbc.update("update core.outgoing_mail set next_attempt_at = now() + interval '1 hour' where sent_at is null");
        transactions.executeWithoutResult(status -> notifications.email("kim@example.se", "Återförsök", "Text"));

        assertThat(failing.sendDue()).isZero();
        var row = jdbc.queryForMap("select attempts, last_error, sent_at, next_attempt_at > now() as later from core.outgoing_mail where subject = 'Återförsök'");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank();
        assertThat(row.get("sent_at")).isNull();
        assertThat(row.get("later")).isEqualTo(true);

        jdbc.update("update core.outgoing_mail set next_attempt_at = now() where subject = 'Återförsök'");
        var mail = catcher.await(m -> m.subject().equals("Återförsök"), Duration.ofSeconds(10));
        assertThat(mail).isPresent();
        assertThat(catcher.mails().stream().filter(m -> m.subject().equals("Återförsök"))).hasSize(1);
        assertThat(MailOutbox.pauseAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.pauseAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailOutbox.pauseAfter(30)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aUserSeesOwnNotificationsInTheAppAndByMailOthersDoNot() throws Exception {
        long maja = jdbc.queryForObject("select id from core.app_user where username = 'malmo'", Long.class);
        transactions.executeWithoutResult(status -> notifications.notifyUser(maja, "Röstningen om e-tjänsten öppnar", "Rösta senast fredag.", "/councils"));

        Cookie malmo = login("malmo");
        mvc.perform(get("/notifications").cookie(malmo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Röstningen om e-tjänsten öppnar")))
                .andExpect(content().string(containsString("href=\"/councils\"")));
        mvc.perform(get("/notifications").cookie(login("ale"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Röstningen om e-tjänsten öppnar"))));
        assertThat(catcher.await(m -> m.isTo("malmo@demo.sambruk.se") && m.subject().startsWith("Röstningen"), Duration.ofSeconds(10))).isPresent();

        mvc.perform(post("/notifications/read").with(csrf()).cookie(malmo)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from core.user_notification where user_id = ? and read_at is null", Integer.class, maja)).isZero();
    }

    @Test
    void staffFollowTheOutboxAndOthersMayNot() throws Exception {
        transactions.executeWithoutResult(status -> notifications.email("utskick@example.se", "Synligt för personalen",
                "Logga in: http://localhost:8080/fixamingata/logga-in/hemlig-engangslank"));
        catcher.await(m -> m.subject().equals("Synligt för personalen"), Duration.ofSeconds(10));
        // staff follow delivery, but never read whom a service wrote to, about what, nor a sign-in link (the demo's catcher too)
        mvc.perform(get("/admin/mail").cookie(login("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Synligt •••")))
                .andExpect(content().string(containsString("•••@example.se")))
                .andExpect(content().string(not(containsString("för personalen"))))
                .andExpect(content().string(not(containsString("utskick@"))))
                .andExpect(content().string(not(containsString("hemlig-engangslank"))));
        mvc.perform(get("/admin/mail").cookie(login("malmo"))).andExpect(status().isForbidden());
    }

    @Test
    void sentMailsAreDeletedAfterTheRetentionAndWaitingOnesAreKept() {
        String tag = "Gallring " + System.nanoTime();
        jdbc.update("insert into core.outgoing_mail (recipient, subject, body, sent_at) values ('a@example.se', ?, 'x', now() - interval '31 days')", tag + " gammalt");
        jdbc.update("insert into core.outgoing_mail (recipient, subject, body, sent_at) values ('b@example.se', ?, 'x', now() - interval '29 days')", tag + " nytt");
        jdbc.update("insert into core.outgoing_mail (recipient, subject, body, created_at, next_attempt_at) values ('c@example.se', ?, 'x', now() - interval '40 days', now() + interval '1 hour')", tag + " väntar");

        var rule = retention.rule("core.sent-mail").orElseThrow();
        assertThat(retention.preview(rule, null, 100).items()).extracting(item -> item.reference()).isNotEmpty();
        assertThat(retention.run(rule, "test").removed()).isPositive();

        assertThat(jdbc.queryForList("select subject from core.outgoing_mail where subject like ? order by subject", String.class, tag + "%"))
                .containsExactly(tag + " nytt", tag + " väntar");
    }

    @Test
    void aJobRunsOnOneNodeAtATime() {
        AtomicBoolean innerRan = new AtomicBoolean();
        boolean outer = jobs.runAlone("test-job", () -> innerRan.set(jobs.runAlone("test-job", () -> { })));
        assertThat(outer).isTrue();
        assertThat(innerRan).as("the same job while it runs elsewhere").isFalse();
        assertThat(jobs.runAlone("test-job", () -> { })).as("after it ended").isTrue();
    }

    private static <T> org.springframework.beans.factory.ObjectProvider<T> providerOf(T bean) {
        return new org.springframework.beans.factory.ObjectProvider<>() {
            @Override
            public T getObject(Object... args) {
                return bean;
            }

            @Override
            public T getIfAvailable() {
                return bean;
            }

            @Override
            public T getIfUnique() {
                return bean;
            }

            @Override
            public T getObject() {
                return bean;
            }
        };
    }
}
