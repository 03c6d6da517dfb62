package se.sambruk.provisum.cases;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sambruk.core.documents.Attachments;
import se.sambruk.core.retention.RetentionPreview;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.RetentionScope;
import se.sambruk.core.retention.SqlRetentionRule;

/**
 * Gallring in Provisum through the core's retention rules: a closed case goes, with its checklist,
 * annual account, review, fee decisions and diarium rows (on delete cascade), when the
 * municipality's period after closing has passed (default ten years; each municipality sets 1-50).
 * The case's attachments, kept by the core's {@link Attachments}, go after it: a trigger remembers
 * each deleted case in {@code provisum.deleted_case}, drained after every run.
 */
@Configuration
class ProvisumRetention {

    static final String CLOSED_CASES = "provisum.closed-cases";

    @Bean
    RetentionRule provisumClosedCases(JdbcTemplate jdbc, Attachments attachments) {
        SqlRetentionRule cases = SqlRetentionRule.named(CLOSED_CASES, "provisum")
                .description("Avslutade överförmyndarärenden med årsräkningar, granskning, arvodesbeslut och bifogade filer tas bort när perioden efter avslut gått ut.")
                .legalGround("Arkivlagen (1990:782) och kommunens dokumenthanteringsplan för överförmyndaren")
                .keepDays(10 * 365).organisationSetsPeriod(365, 50 * 365)
                .table("provisum.case_file").organisationColumn("municipality_id").timeColumn("closed_at")
                .where("t.status = 'CLOSED'")
                .reference("t.diary_number").delete().build(jdbc);
        return new CasesWithAttachments(cases, jdbc, attachments);
    }

    /** The SQL rule, then the attachments of every case deleted since the last run. */
    record CasesWithAttachments(SqlRetentionRule cases, JdbcTemplate jdbc, Attachments attachments) implements RetentionRule {

        @Override
        public String name() {
            return cases.name();
        }

        @Override
        public String service() {
            return cases.service();
        }

        @Override
        public String description() {
            return cases.description();
        }

        @Override
        public String legalGround() {
            return cases.legalGround();
        }

        @Override
        public int defaultKeepDays() {
            return cases.defaultKeepDays();
        }

        @Override
        public boolean organisationSetsPeriod() {
            return cases.organisationSetsPeriod();
        }

        @Override
        public int minKeepDays() {
            return cases.minKeepDays();
        }

        @Override
        public int maxKeepDays() {
            return cases.maxKeepDays();
        }

        @Override
        public RetentionPreview preview(RetentionScope scope) {
            return cases.preview(scope);
        }

        @Override
        public Map<Long, Integer> apply(RetentionScope scope) {
            Map<Long, Integer> removed = cases.apply(scope);
            jdbc.query("select case_id, municipality_id from provisum.deleted_case order by case_id", rs -> {
                long caseId = rs.getLong(1);
                attachments.deleteAll(rs.getLong(2), "provisum", "case:" + caseId);
                jdbc.update("delete from provisum.deleted_case where case_id = ?", caseId);
            });
            return removed;
        }
    }
}
