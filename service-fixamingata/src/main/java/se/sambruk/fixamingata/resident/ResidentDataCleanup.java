package se.sambruk.fixamingata.resident;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sambruk.core.retention.Retention;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.SqlRetentionRule;

/**
 * Keeps no e-mail address longer than it serves, as retention rules the core runs each night:
 * sign-in links a day after they expired, and alerts never confirmed after a week (someone typed
 * the address; its owner never agreed), residents' updates on a report held for confirmation
 * after a week (never confirmed: the address and the text; confirmed: what is left of the row,
 * the update itself is in the report's timeline), all platform-wide (residents are nobody's users); and
 * the reporter's contact details on reports closed longer than the municipality's period.
 */
@Configuration(proxyBeanMethods = false)
public class ResidentDataCleanup {

    static final String SIGN_IN_LINKS = "fixamingata.sign-in-links";
    static final String UNCONFIRMED_ALERTS = "fixamingata.unconfirmed-alerts";
    static final String UNCONFIRMED_UPDATES = "fixamingata.unconfirmed-updates";
    public static final String CLOSED_REPORT_CONTACTS = "fixamingata.closed-report-contacts";

    private final Retention retention;

    ResidentDataCleanup(Retention retention) {
        this.retention = retention;
    }

    @Bean
    static RetentionRule residentSignInLinks(JdbcTemplate jdbc) {
        return SqlRetentionRule.named(SIGN_IN_LINKS, "fixamingata")
                .description("Inloggningslänkar som invånare fått med e-post (adressen och länkens kontrollsumma) tas bort när länken "
                        + "gått ut för mer än perioden sedan.")
                .legalGround("Dataskyddsförordningen art. 5.1 e: en länk som gått ut behövs inte.")
                .keepDays(1)
                .table("fixamingata.resident_sign_in").timeColumn("expires_at")
                .reference("'inloggningslänk ' || left(t.token_hash, 8)")
                .delete()
                .build(jdbc);
    }

    @Bean
    static RetentionRule unconfirmedAlerts(JdbcTemplate jdbc) {
        return SqlRetentionRule.named(UNCONFIRMED_ALERTS, "fixamingata")
                .description("Bevakningar som aldrig bekräftats (e-postadressen någon skrev) tas bort efter perioden.")
                .legalGround("Dataskyddsförordningen art. 5.1 e och art. 6.1 a: utan bekräftelse finns inget samtycke.")
                .keepDays(7)
                .table("fixamingata.alert").timeColumn("created_at").where("t.confirmed_at is null")
                .reference("'bevakning ' || t.id")
                .delete()
                .build(jdbc);
    }

    @Bean
    static RetentionRule unconfirmedUpdates(JdbcTemplate jdbc) {
        return SqlRetentionRule.named(UNCONFIRMED_UPDATES, "fixamingata")
                .description("Invånares uppdateringar som väntat på bekräftelse via e-post (adressen, namnet och texten) tas bort "
                        + "efter perioden. En bekräftad uppdatering finns kvar i rapportens tidslinje; adressen togs bort vid bekräftelsen.")
                .legalGround("Dataskyddsförordningen art. 5.1 c och e: en obekräftad uppdatering publiceras aldrig och behövs inte.")
                .keepDays(7)
                .table("fixamingata.pending_update").timeColumn("created_at")
                .reference("'väntande uppdatering ' || t.id")
                .delete()
                .build(jdbc);
    }

    /**
     * The reporter's name, e-mail and phone on a report closed longer ago than the municipality's
     * period (default two years, set by each municipality between 30 days and ten years): the
     * report itself stays, as the street's public history, like a deleted account's reports.
     */
    @Bean
    static RetentionRule closedReportContacts(JdbcTemplate jdbc) {
        return SqlRetentionRule.named(CLOSED_REPORT_CONTACTS, "fixamingata")
                .description("Anmälarens namn, e-post och telefon tas bort från rapporter som varit stängda längre än perioden. "
                        + "Rapporten, bilderna och tidslinjen finns kvar.")
                .legalGround("Dataskyddsförordningen art. 5.1 e; kommunens dokumenthanteringsplan (gallringsbeslut för felanmälningar).")
                .keepDays(730).organisationSetsPeriod(30, 3650)
                .table("fixamingata.report").organisationColumn("organisation_id").timeColumn("closed_at")
                .where("t.state in (" + java.util.Arrays.stream(se.sambruk.fixamingata.report.ReportState.values())
                        .filter(state -> state.group() == se.sambruk.fixamingata.report.ReportState.Group.FIXED
                                || state.group() == se.sambruk.fixamingata.report.ReportState.Group.CLOSED)
                        .map(state -> "'" + state.name() + "'").collect(java.util.stream.Collectors.joining(", ")) + ")")
                .reference("'rapport ' || t.id")
                .anonymise("reporter_name = '" + Residents.ERASED_NAME + "', reporter_email = '', reporter_phone = null, show_name = false, "
                        + "updated_at = now()", "t.reporter_email <> ''")
                .build(jdbc);
    }

    /** Runs the three address rules now (as the nightly job does); how many rows went. */
    public int clean() {
        return retention.rule(SIGN_IN_LINKS).map(rule -> retention.run(rule, "fixamingata").removed()).orElse(0)
                + retention.rule(UNCONFIRMED_ALERTS).map(rule -> retention.run(rule, "fixamingata").removed()).orElse(0)
                + retention.rule(UNCONFIRMED_UPDATES).map(rule -> retention.run(rule, "fixamingata").removed()).orElse(0);
    }
}
