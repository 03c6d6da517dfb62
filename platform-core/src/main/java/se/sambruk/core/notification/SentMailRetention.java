package se.sambruk.core.notification;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.SqlRetentionRule;

/**
 * Sent mails leave the outbox {@code sambruk.mail.keep-sent} (default 30 days) after the server
 * took them: staff can follow and resend them until then, and they hold personal data
 * (addresses, names, sign-in links) that has no use after. Mails still waiting are kept. Run by
 * the nightly retention job.
 */
@Configuration(proxyBeanMethods = false)
class SentMailRetention {

    @Bean
    RetentionRule sentMail(JdbcTemplate jdbc, @Value("${sambruk.mail.keep-sent:P30D}") Duration keepSent) {
        return SqlRetentionRule.named("core.sent-mail", "core")
                .description("Skickad e-post (mottagare, ämne och text) tas bort ur utkorgen när den skickades för mer än perioden sedan. "
                        + "E-post som väntar på att skickas behålls.")
                .legalGround("Dataskyddsförordningen art. 5.1 c och e (uppgiftsminimering, lagringsminimering): utkorgen behövs bara "
                        + "för att följa upp och skicka om e-post.")
                .keepDays((int) Math.max(1, keepSent.toDays()))
                .table("core.outgoing_mail").timeColumn("sent_at").where("t.sent_at is not null")
                .reference("'e-post ' || t.id")
                .delete()
                .build(jdbc);
    }
}
