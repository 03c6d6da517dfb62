package se.sambruk.provisum.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.SqlRetentionRule;

/**
 * Gallring in Provisum through the core's retention rules: a closed case goes, with its checklist,
 * annual account, review, fee decisions and diarium rows (on delete cascade), when the
 * municipality's period after closing has passed (default ten years; each municipality sets 1-50).
 */
@Configuration
class ProvisumRetention {

    @Bean
    RetentionRule provisumClosedCases(JdbcTemplate jdbc) {
        return SqlRetentionRule.named("provisum.closed-cases", "provisum")
                .description("Avslutade överförmyndarärenden med årsräkningar, granskning och arvodesbeslut tas bort när perioden efter avslut gått ut.")
                .legalGround("Arkivlagen (1990:782) och kommunens dokumenthanteringsplan för överförmyndaren")
                .keepDays(10 * 365).organisationSetsPeriod(365, 50 * 365)
                .table("provisum.case_file").organisationColumn("municipality_id").timeColumn("closed_at")
                .where("t.status = 'CLOSED'")
                .reference("t.diary_number").delete().build(jdbc);
    }
}
