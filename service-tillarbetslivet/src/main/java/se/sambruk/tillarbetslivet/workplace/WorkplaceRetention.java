package se.sambruk.tillarbetslivet.workplace;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sambruk.core.retention.RetentionPreview;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.RetentionScope;
import se.sambruk.core.retention.SqlRetentionRule;

/**
 * Retention of what workplaces leave behind: their supervisors' names and e-mail addresses.
 *
 * <ul>
 *   <li>{@code tillarbetslivet.offers}: an offer in any state is deleted when its
 *       last day is more than 365 days past (each municipality sets 90 days – 10 years); an approved one
 *       lives on as its place.</li>
 *   <li>{@code tillarbetslivet.place-supervisors}: a place's supervisor and e-mail are emptied when its
 *       last day is more than 365 days past and no placement at it remains (placements go with their
 *       pupils, {@code tillarbetslivet.pupils}); the place stays in the statistics and the runs.</li>
 *   <li>{@code tillarbetslivet.workplaces}: a workplace is deleted, with its offers, 730 days (365 days –
 *       10 years) after it was last of use ({@link WorkplaceActivity}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WorkplaceRetention {

    static final String SERVICE = "tillarbetslivet";
    static final String LEGAL_GROUND = "Dataskyddsförordningen art. 5.1 c och e (uppgifterna behövs inte längre för prao och APL); "
            + "kommunens dokumenthanteringsplan.";

    @Bean
    static RetentionRule tillarbetslivetOffers(JdbcTemplate jdbc) {
        return SqlRetentionRule.named("tillarbetslivet.offers", SERVICE)
                .description("Arbetsplatsernas erbjudanden (med handledarens namn och e-postadress) tas bort när perioden gått sedan "
                        + "erbjudandets sista dag. Ett godkänt erbjudande finns kvar som plats.")
                .legalGround(LEGAL_GROUND)
                .keepDays(365).organisationSetsPeriod(90, 3650)
                .table("tillarbetslivet.place_offer").organisationColumn("organisation_id").timeColumn("ends_on")
                .reference("'erbjudande ' || t.id")
                .delete()
                .build(jdbc);
    }

    @Bean
    static RetentionRule tillarbetslivetPlaceSupervisors(JdbcTemplate jdbc) {
        return SqlRetentionRule.named("tillarbetslivet.place-supervisors", SERVICE)
                .description("Handledarens namn och e-postadress på en plats töms när perioden gått sedan platsens sista dag och ingen "
                        + "placering på platsen finns kvar. Platsen finns kvar i fördelningarna.")
                .legalGround(LEGAL_GROUND)
                .keepDays(365).organisationSetsPeriod(90, 3650)
                .table("tillarbetslivet.place").organisationColumn("organisation_id").timeColumn("ends_on")
                .where("not exists (select 1 from tillarbetslivet.placement pl where pl.place_id = t.id)")
                .reference("'plats ' || t.code")
                .anonymise("supervisor = '', supervisor_email = ''", "t.supervisor <> '' or t.supervisor_email <> ''")
                .build(jdbc);
    }

    @Bean
    static RetentionRule tillarbetslivetWorkplaces(JdbcTemplate jdbc) {
        return new InactiveWorkplaces(jdbc);
    }

    /** {@code tillarbetslivet.workplaces}: the workplaces whose last use is further back than the period. */
    static final class InactiveWorkplaces implements RetentionRule {

        static final String NAME = "tillarbetslivet.workplaces";
        private final JdbcTemplate jdbc;

        InactiveWorkplaces(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String service() {
            return SERVICE;
        }

        @Override
        public String description() {
            return "En arbetsplats (namn, e-postadress, organisationsnummer, handledarens namn) tas bort med sina erbjudanden när "
                    + "perioden gått sedan den senast användes: inbjudan, registrering, handledarens anslutning, sista dagen för en av "
                    + "dess platser eller erbjudanden, eller sista dagen för en period med en placering på dess platser. Platserna finns "
                    + "kvar utan arbetsplatsen.";
        }

        @Override
        public String legalGround() {
            return LEGAL_GROUND;
        }

        @Override
        public int defaultKeepDays() {
            return 730;
        }

        @Override
        public boolean organisationSetsPeriod() {
            return true;
        }

        @Override
        public int minKeepDays() {
            return 365;
        }

        @Override
        public int maxKeepDays() {
            return 3650;
        }

        /** Every workplace of the scope with its last use, oldest first. */
        List<WorkplaceActivity> activity(RetentionScope scope) {
            List<Object> args = new ArrayList<>();
            String where = "";
            if (scope.organisationId() != null) {
                where = " where w.organisation_id = ?";
                args.add(scope.organisationId());
            }
            List<WorkplaceActivity> all = jdbc.query("""
                    select w.id, w.organisation_id, w.invited_at, w.joined_at, w.registered_at,
                           (select max(p.ends_on) from tillarbetslivet.place p where p.workplace_id = w.id),
                           (select max(o.ends_on) from tillarbetslivet.place_offer o where o.workplace_id = w.id),
                           (select max(pe.ends_on) from tillarbetslivet.placement pl join tillarbetslivet.place p on p.id = pl.place_id
                              join tillarbetslivet.period pe on pe.id = pl.period_id where p.workplace_id = w.id)
                    from tillarbetslivet.workplace w""" + where, (rs, i) -> new WorkplaceActivity(rs.getLong(1), rs.getLong(2),
                    WorkplaceActivity.lastActive(instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
                            day(rs.getDate(6)), day(rs.getDate(7)), day(rs.getDate(8)))), args.toArray());
            return all.stream().filter(a -> a.outlived(scope.now(), scope.keepDays().of(a.organisationId())))
                    .sorted(Comparator.comparing(WorkplaceActivity::lastActive)).toList();
        }

        @Override
        public RetentionPreview preview(RetentionScope scope) {
            List<WorkplaceActivity> due = activity(scope);
            Map<Long, Long> counts = new HashMap<>();
            due.forEach(a -> counts.merge(a.organisationId(), 1L, Long::sum));
            List<RetentionPreview.Item> items = due.stream().limit(Math.max(0, scope.listLimit()))
                    .map(a -> new RetentionPreview.Item(a.organisationId(), "arbetsplats " + a.workplaceId(), a.lastActive())).toList();
            return new RetentionPreview(counts, items);
        }

        @Override
        public Map<Long, Integer> apply(RetentionScope scope) {
            Map<Long, Integer> removed = new HashMap<>();
            for (WorkplaceActivity a : activity(scope)) {
                int gone = jdbc.update("delete from tillarbetslivet.workplace where id = ? and organisation_id = ?", a.workplaceId(),
                        a.organisationId());
                if (gone > 0) {
                    removed.merge(a.organisationId(), gone, Integer::sum);
                }
            }
            return removed;
        }

        private static Instant instant(Timestamp t) {
            return t == null ? null : t.toInstant();
        }

        private static LocalDate day(Date d) {
            return d == null ? null : d.toLocalDate();
        }
    }
}
