package se.sambruk.multifraga.applications;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.sambruk.multifraga.lookups.Lookup;
import se.sambruk.multifraga.lookups.LookupRequest;
import se.sambruk.multifraga.lookups.Lookups;

/**
 * On submission, the agency data for the application is asked without a caseworker: a look-up of
 * the household (applicant and co-applicant) at every source of report type household, for the
 * month before the month applied for (to today at most), as case {@code EA-<id>}, with e-Ansökan's
 * purpose and law ({@code sambruk.multifraga.e-ansokan.purpose}, {@code ...e-ansokan.law}, by
 * default the module's default law). It is made through {@link Lookups} as every look-up, so it
 * is logged, audited (actor "e-Ansökan") and asked concurrently; a failing source shows as such on
 * the look-up. When it cannot be made at all (no SSBTEK setting, no law), the reason is kept with
 * the application and the submission stands.
 */
@Component
public class SubmissionLookup {

    static final String ACTOR = "e-Ansökan (automatisk)";
    private static final Logger log = LoggerFactory.getLogger(SubmissionLookup.class);

    private final Applications applications;
    private final Lookups lookups;
    private final JdbcClient jdbc;
    private final String purpose;
    private final String law;
    private final List<String> configuredSources;

    SubmissionLookup(Applications applications, Lookups lookups, JdbcClient jdbc,
                     @Value("${sambruk.multifraga.e-ansokan.sources:}") List<String> configuredSources,
                     @Value("${sambruk.multifraga.e-ansokan.purpose:Utredning av ansökan om ekonomiskt bistånd (e-Ansökan)}") String purpose,
                     @Value("${sambruk.multifraga.e-ansokan.law:${sambruk.multifraga.default-law:}}") String law) {
        this.applications = applications;
        this.lookups = lookups;
        this.jdbc = jdbc;
        this.purpose = purpose;
        this.law = law;
        this.configuredSources = configuredSources.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /**
     * The sources asked: those set in {@code sambruk.multifraga.e-ansokan.sources} that are of
     * report type household, else every household source but LEFI when Försäkringskassan is asked
     * through SSBTEK (both give its payments; asked twice, the compiled view would list them twice).
     */
    List<String> sources() {
        List<String> household = lookups.householdSources();
        if (!configuredSources.isEmpty()) {
            return household.stream().filter(configuredSources::contains).toList();
        }
        return household.contains("FK") ? household.stream().filter(c -> !c.equals("LEFI")).toList() : household;
    }

    /** The period asked: the month before the month applied for, to today at most. */
    static LookupPeriod period(YearMonth applied, LocalDate today) {
        YearMonth before = applied.minusMonths(1);
        LocalDate to = before.atEndOfMonth().isAfter(today) ? today : before.atEndOfMonth();
        return new LookupPeriod(before.atDay(1), to);
    }

    record LookupPeriod(LocalDate from, LocalDate to) {
    }

    /** Asks the agencies for a just submitted application; never throws: a failure is kept as the application's lookup_error. */
    public void afterSubmission(long applicationId) {
        record Row(long organisationId, YearMonth month) {
        }
        Row row = jdbc.sql("select organisation_id, month from multifraga.application where id = :id").param("id", applicationId)
                .query((rs, n) -> new Row(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)))).single();
        String error = null;
        Long lookup = null;
        List<String> sources = sources();
        if (law.isBlank()) {
            error = "mf.app.auto.noLaw";
        } else if (lookups.ingivare(row.organisationId()).isEmpty()) {
            error = "mf.app.auto.noIngivare";
        } else if (sources.isEmpty()) {
            error = "mf.app.auto.noSources";
        } else {
            try {
                LookupPeriod period = period(row.month(), LocalDate.now());
                lookup = lookups.startAutomatic(row.organisationId(), ACTOR, new LookupRequest(applications.numbers(applicationId),
                        "EA-" + applicationId, period.from(), period.to(), sources, purpose, law));
            } catch (RuntimeException e) {
                log.warn("Multifråga: the look-up for application {} could not be made", applicationId, e);
                error = "mf.app.auto.failed";
            }
        }
        jdbc.sql("update multifraga.application set lookup_id = :lookup, lookup_error = :error where id = :id")
                .param("lookup", lookup).param("error", error).param("id", applicationId).update();
    }

    /**
     * The look-up the calculation compares with: the newest complete look-up of the application's
     * case ({@code EA-<id>}, the automatic one or one a caseworker made later) of the same persons
     * (the applicant and co-applicant, in that order, as their masked numbers),
     * whose period covers the month compared and whose answers are all in and not cleared by
     * retention; else the automatic one, complete or not.
     */
    public Optional<Lookup> forComparison(Applications.Stored application) {
        LocalDate first = application.month().minusMonths(1).atDay(1);
        List<String> persons = application.coApplicantMasked() == null ? List.of(application.applicantMasked())
                : List.of(application.applicantMasked(), application.coApplicantMasked());
        List<Long> candidates = jdbc.sql("""
                        select l.id from multifraga.lookup l
                        where l.organisation_id = :org and l.case_id = :caseId and l.person_count = :persons
                          and l.period_from <= :first and l.period_to >= :first and l.results_deleted_at is null
                          and exists (select 1 from multifraga.answer a where a.lookup_id = l.id)
                          and not exists (select 1 from multifraga.answer a where a.lookup_id = l.id and a.state = 'PENDING')
                        order by l.asked_at desc, l.id desc limit 20""")
                .param("org", application.organisationId()).param("caseId", application.caseId()).param("persons", application.adults())
                .param("first", first).query(Long.class).list();
        return candidates.stream().map(id -> lookups.find(application.organisationId(), id)).flatMap(Optional::stream)
                .filter(l -> l.personsMasked().equals(persons)).findFirst().or(() -> of(application));
    }

    /** The automatic look-up of an application, if one was made (it is the organisation's: the application was found in it). */
    public Optional<Lookup> of(Applications.Stored application) {
        return application.lookupId() == null ? Optional.empty() : lookups.find(application.organisationId(), application.lookupId());
    }
}
