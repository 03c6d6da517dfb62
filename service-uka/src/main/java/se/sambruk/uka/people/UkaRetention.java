package se.sambruk.uka.people;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.retention.RetentionPreview;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.RetentionScope;
import se.sambruk.core.retention.SqlRetentionRule;

/**
 * Gallring in UKA through the core's retention: a young person no longer covered, whose coverage
 * ended longer ago than the municipality's period (two years unless it sets its own, one to ten),
 * is anonymised: name, personnummer, contact details, guardians and caseworker removed, the plan's
 * goal, the contacts' notes, the follow-ups' notes and the documents on the person's page deleted. The coverage periods, the actions'
 * categories and dates and the contacts' dates and ways stay, without the person, so the statistics
 * survive. The core runs the rule each night with a preview and a log.
 */
@Configuration(proxyBeanMethods = false)
class UkaRetention {

    static final String NAME = "uka.people-after-coverage";

    @Bean
    static RetentionRule ukaPeopleAfterCoverage(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                                se.sambruk.core.documents.Attachments attachments) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        SqlRetentionRule people = SqlRetentionRule.named(NAME, "uka")
                .description("Ungdomar som inte längre omfattas av aktivitetsansvaret avidentifieras när tiden gått sedan aktivitetsansvaret "
                        + "slutade: namn, personnummer, kontaktuppgifter, vårdnadshavare, planens mål och anteckningar tas bort. "
                        + "Perioder, åtgärdernas kategorier och datum och kontakternas datum finns kvar för statistiken.")
                .legalGround("Skollagen (2010:800) 29 kap. 9 §; förordningen (2006:39) om register över ungdomar som omfattas av "
                        + "aktivitetsansvaret; dataskyddsförordningen art. 5.1 e; kommunens dokumenthanteringsplan.")
                .keepDays(730).organisationSetsPeriod(365, 3650)
                .table("uka.young_person").organisationColumn("organisation_id").timeColumn("coverage_changed_on")
                .where("not t.covered and t.coverage_changed_on is not null and not exists (select 1 from uka.coverage_period c "
                        + "where c.organisation_id = t.organisation_id and c.person_id = t.id and c.end_date is null)")
                .reference("'ungdom ' || t.id")
                .anonymise("name = 'Avidentifierad', personnummer = 'G' || lpad(t.id::text, 11, '0'), phone = null, email = null, "
                        + "address = null, guardians = null, caseworker = null, anonymised_at = now()", "t.anonymised_at is null")
                .build(jdbc);
        return new RetentionRule() {
            @Override public String name() { return people.name(); }
            @Override public String service() { return people.service(); }
            @Override public String description() { return people.description(); }
            @Override public String legalGround() { return people.legalGround(); }
            @Override public int defaultKeepDays() { return people.defaultKeepDays(); }
            @Override public boolean organisationSetsPeriod() { return people.organisationSetsPeriod(); }
            @Override public int minKeepDays() { return people.minKeepDays(); }
            @Override public int maxKeepDays() { return people.maxKeepDays(); }
            @Override public RetentionPreview preview(RetentionScope scope) { return people.preview(scope); }

            /** The people, then in the same transaction the free texts around every anonymised person. */
            @Override
            public Map<Long, Integer> apply(RetentionScope scope) {
                return transactions.execute(status -> {
                    Map<Long, Integer> anonymised = people.apply(scope);
                    String anonymisedPerson = "person_id in (select p.id from uka.young_person p where p.anonymised_at is not null"
                            + (scope.organisationId() == null ? ")" : " and p.organisation_id = " + scope.organisationId().longValue() + ")");
                    jdbc.update("update uka.contact set outcome = null where outcome is not null and " + anonymisedPerson);
                    jdbc.update("delete from uka.plan where " + anonymisedPerson);
                    jdbc.update("update uka.follow_up set note = null where note is not null and " + anonymisedPerson);
                    jdbc.update("delete from uka.contact_request where " + anonymisedPerson);
                    // the documents on the pages of those anonymised now (now() is this transaction's start, as anonymised_at)
                    jdbc.query("select id, organisation_id from uka.young_person where anonymised_at = now()",
                            rs -> { attachments.deleteAll(rs.getLong(2), "uka", "person:" + rs.getLong(1)); });
                    return anonymised;
                });
            }
        };
    }
}
