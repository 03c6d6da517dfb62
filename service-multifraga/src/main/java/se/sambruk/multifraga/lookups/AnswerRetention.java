package se.sambruk.multifraga.lookups;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.SqlRetentionRule;

/**
 * The agencies' answers are kept only for the case's need: the core's retention rule
 * {@value #ANSWERS} marks a look-up's results deleted after the municipality's period (default 90
 * days, each municipality sets 7–730) and a trigger deletes the sealed answers with it. The
 * look-up row, the log with purpose and law, is kept for the log review.
 */
@Configuration
class AnswerRetention {

    static final String ANSWERS = "multifraga.answers";

    @Bean
    static RetentionRule multifragaAnswers(JdbcTemplate jdbc) {
        return SqlRetentionRule.named(ANSWERS, "multifraga")
                .description("Myndigheternas svar i en förfrågan (inkomster, förmåner, beslut, fordon, tillstånd) tas bort när perioden "
                        + "gått ut från förfrågan. Loggen över förfrågan (vem, när, ärende, syfte och lagtext) finns kvar.")
                .legalGround("Dataskyddsförordningen art. 5.1 c och e; socialtjänstlagen: uppgifterna behövs bara för ärendets utredning.")
                .keepDays(90).organisationSetsPeriod(7, 730)
                .table("multifraga.lookup").organisationColumn("organisation_id").timeColumn("asked_at")
                .reference("'förfrågan ' || t.id")
                .anonymise("results_deleted_at = now()", "t.results_deleted_at is null")
                .build(jdbc);
    }
}
