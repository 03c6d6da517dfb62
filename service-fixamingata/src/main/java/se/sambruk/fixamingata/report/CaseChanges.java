package se.sambruk.fixamingata.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Municipalities;
import se.sambruk.core.ServiceAccess;
import se.sambruk.fixamingata.FixaMinGata;
import se.sambruk.fixamingata.geo.Boundaries;

/**
 * Staff correct where a report belongs: its category, its point, or its municipality (another
 * municipality, or Trafikverket through the state-roads category). A report that gets a new
 * destination is delivered there through the outbox; the timeline says so in plain Swedish. The
 * public entries name no handler (as answers do not); who did it is in the audit log.
 */
@Service
public class CaseChanges {

    private final Reports reports;
    private final Reporting reporting;
    private final JdbcTemplate jdbc;
    private final Boundaries boundaries;
    private final Municipalities municipalities;
    private final ServiceAccess access;

    CaseChanges(Reports reports, Reporting reporting, JdbcTemplate jdbc, Boundaries boundaries, Municipalities municipalities,
                ServiceAccess access) {
        this.reports = reports;
        this.reporting = reporting;
        this.jdbc = jdbc;
        this.boundaries = boundaries;
        this.municipalities = municipalities;
        this.access = access;
    }

    /** A municipality that uses FixaMinGata: where a report may be sent on to. */
    public record Target(String kommunkod, String name, long organisationId) {
    }

    /** Every municipality that uses FixaMinGata, by name. */
    public List<Target> targets() {
        return boundaries.municipalities().stream()
                .map(m -> municipalities.organisationId(m.kommunkod())
                        .filter(organisation -> access.mayUse(organisation, FixaMinGata.SERVICE_CODE))
                        .map(organisation -> new Target(m.kommunkod(), m.displayName(), organisation)))
                .flatMap(Optional::stream).sorted(Comparator.comparing(Target::name)).toList();
    }

    public Optional<Target> target(String kommunkod) {
        return targets().stream().filter(t -> t.kommunkod().equals(kommunkod)).findFirst();
    }

    /**
     * Whether the point lies in the municipality (or within 100 m of it); empty when it does,
     * otherwise the municipality it lies in (empty name outside Sweden).
     */
    public Optional<String> pointOutside(String kommunkod, double lat, double lon) {
        Optional<Boundaries.Placement> placement = boundaries.locate(lat, lon);
        if (placement.isEmpty()) {
            return Optional.of("");
        }
        boolean inside = placement.get().municipality().kommunkod().equals(kommunkod)
                || placement.get().nearBorderWith().stream().anyMatch(m -> m.kommunkod().equals(kommunkod));
        return inside ? Optional.empty() : Optional.of(placement.get().municipality().displayName());
    }

    /** Where the new municipality's reports of this kind go: a category of the same name, else "Övrigt", else its first. */
    public Optional<Category> categoryFor(Target target, Category current) {
        List<Category> theirs = reporting.categoriesOf(target.organisationId(), target.kommunkod());
        return theirs.stream().filter(c -> c.name().equals(current.name())).findFirst()
                .or(() -> theirs.stream().filter(c -> c.name().equals("Övrigt")).findFirst())
                .or(() -> theirs.stream().findFirst());
    }

    public boolean inSweden(double lat, double lon) {
        return boundaries.locate(lat, lon).isPresent();
    }

    /**
     * A new category of the same municipality. When its reports go elsewhere (another address or
     * back-end, e.g. Trafikverket) the report is delivered there anew; true when it was.
     */
    @Transactional
    public boolean changeCategory(Report report, Category from, Category to) {
        jdbc.update("update fixamingata.report set category_id = ?, updated_at = now() where id = ? and organisation_id = ?",
                to.id(), report.id(), report.organisationId());
        boolean elsewhere = !sameDestination(from, to);
        String text = to.trafikverket()
                ? "Platsen ligger vid en statlig väg. Rapporten har skickats vidare till Trafikverket, som ansvarar för den."
                : "Rapporten har flyttats till kategorin " + to.name() + ".";
        reports.addUpdate(report, to.trafikverket() ? ReportUpdate.Kind.REROUTED : ReportUpdate.Kind.CATEGORY_CHANGED, null, text,
                null, false, null);
        if (elsewhere) {
            redeliver(report.id(), report.organisationId());
        }
        return elsewhere;
    }

    /** A corrected point within the same municipality (the caller has checked the boundary). */
    @Transactional
    public void move(Report report, double lat, double lon) {
        jdbc.update("update fixamingata.report set lat = ?, lon = ?, updated_at = now() where id = ? and organisation_id = ?",
                lat, lon, report.id(), report.organisationId());
        reports.addUpdate(report, ReportUpdate.Kind.MOVED, null, "Platsen för felet har justerats.", null, false, null);
    }

    /**
     * The report moves to another municipality: its organisation, kommunkod and category become
     * the other's, its timeline goes with it, the old municipality's back-end id, assignment and
     * pending deliveries are dropped, and it is delivered to the new municipality.
     */
    @Transactional
    public void reroute(Report report, long toOrganisation, String toKommunkod, Category toCategory) {
        reports.addUpdate(report, ReportUpdate.Kind.REROUTED, null, "Platsen ligger i " + reporting.municipalityName(toKommunkod)
                + ", som ansvarar för den. Rapporten har skickats vidare dit.", null, false, null);
        jdbc.update("delete from fixamingata.delivery where report_id = ? and sent_at is null", report.id());
        jdbc.update("""
                update fixamingata.report set organisation_id = ?, kommunkod = ?, category_id = ?, external_id = null,
                  assigned_to = null, priority = null, duplicate_of = null, updated_at = now() where id = ? and organisation_id = ?""",
                toOrganisation, toKommunkod, toCategory.id(), report.id(), report.organisationId());
        jdbc.update("update fixamingata.report_update set organisation_id = ? where report_id = ?", toOrganisation, report.id());
        jdbc.update("update fixamingata.delivery set organisation_id = ? where report_id = ?", toOrganisation, report.id());
        reporting.queueDelivery(report.id(), toOrganisation, null);
    }

    private void redeliver(long reportId, long organisationId) {
        jdbc.update("delete from fixamingata.delivery where report_id = ? and update_id is null and sent_at is null", reportId);
        jdbc.update("update fixamingata.report set external_id = null where id = ?", reportId);
        reporting.queueDelivery(reportId, organisationId, null);
    }

    private static boolean sameDestination(Category a, Category b) {
        return a.sendMethod() == b.sendMethod() && Objects.equals(a.sendTo(), b.sendTo())
                && Objects.equals(a.externalCode(), b.externalCode());
    }
}
