package se.sambruk.multifraga.applications;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The riksnorm tables in force for an organisation: the ones shipped with the platform
 * ({@link Riksnorm#TABLES}) and those the municipality's Multifråga administrator entered
 * (table {@code multifraga.riksnorm_version}). The riksnorm is national, set by the government each
 * year, but a municipality may enter a year before the platform ships it or correct one: its own
 * table overrides the shipped one of the same year for that organisation only. Every save is a new
 * version; an application decided with a version keeps it.
 */
@Service
public class RiksnormTables {

    /**
     * A table as used: the amounts, and whose they are: the shipped table ({@code version} null) or
     * the organisation's version, with who entered it, when, and why it was changed.
     */
    public record InForce(Riksnorm norm, Integer version, String enteredBy, OffsetDateTime enteredAt, String reason) {

        public boolean shipped() {
            return version == null;
        }
    }

    private final JdbcClient jdbc;

    RiksnormTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The table for an application's year: the latest year at or before it among the shipped and the
     * organisation's tables (the earliest shipped for a year before all); of the same year, the
     * organisation's newest version wins over the shipped table.
     */
    public InForce forYear(long organisationId, int year) {
        Optional<InForce> own = jdbc.sql("""
                        select * from multifraga.riksnorm_version where organisation_id = :org and year <= :year
                        order by year desc, version desc limit 1""")
                .param("org", organisationId).param("year", year).query(RiksnormTables::inForce).optional();
        return choose(own, Riksnorm.TABLES, year);
    }

    /**
     * The rule: of the organisation's newest table at or before the year ({@code own}) and the shipped
     * tables, the later year wins; of the same year, the organisation's; without either, the earliest shipped.
     */
    static InForce choose(Optional<InForce> own, java.util.NavigableMap<Integer, Riksnorm> shippedTables, int year) {
        Map.Entry<Integer, Riksnorm> shipped = shippedTables.floorEntry(year);
        if (own.isPresent() && own.get().norm().year() <= year && (shipped == null || own.get().norm().year() >= shipped.getKey())) {
            return own.get();
        }
        return new InForce(shipped == null ? shippedTables.firstEntry().getValue() : shipped.getValue(), null, null, null, null);
    }

    /** The table a decision used: that year's organisation version, or the shipped table of that year (else {@link #forYear}). */
    public InForce used(long organisationId, int year, Integer version) {
        if (version != null) {
            Optional<InForce> kept = jdbc.sql("select * from multifraga.riksnorm_version where organisation_id = :org and year = :year and version = :v")
                    .param("org", organisationId).param("year", year).param("v", version).query(RiksnormTables::inForce).optional();
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        Riksnorm shipped = Riksnorm.TABLES.get(year);
        return shipped != null ? new InForce(shipped, null, null, null, null) : forYear(organisationId, year);
    }

    /** The organisation's versions of a year, newest first. */
    public List<InForce> versions(long organisationId, int year) {
        return jdbc.sql("select * from multifraga.riksnorm_version where organisation_id = :org and year = :year order by version desc")
                .param("org", organisationId).param("year", year).query(RiksnormTables::inForce).list();
    }

    /** Every year the organisation has a table for, shipped or its own (its newest version), by year. */
    public List<InForce> years(long organisationId) {
        Map<Integer, InForce> years = new TreeMap<>(Comparator.reverseOrder());
        Riksnorm.TABLES.forEach((year, norm) -> years.put(year, new InForce(norm, null, null, null, null)));
        jdbc.sql("""
                        select distinct on (year) * from multifraga.riksnorm_version where organisation_id = :org
                        order by year, version desc""")
                .param("org", organisationId).query(RiksnormTables::inForce).list().forEach(own -> years.put(own.norm().year(), own));
        return new ArrayList<>(years.values());
    }

    /** Whether an application of the organisation was decided with a table of this year (the shipped one or a version of its own). */
    public boolean usedByDecision(long organisationId, int year) {
        return jdbc.sql("select exists (select 1 from multifraga.application where organisation_id = :org and status = 'DECIDED' and norm_year = :year)")
                .param("org", organisationId).param("year", year).query(Boolean.class).single();
    }

    /** Saves the table as the organisation's next version of its year and answers the version number. */
    @Transactional
    public int save(long organisationId, Riksnorm norm, String reason, String enteredBy) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('multifraga.riksnorm'), :org)").param("org", (int) organisationId).query((rs, n) -> 1).list();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from multifraga.riksnorm_version where organisation_id = :org and year = :year")
                .param("org", organisationId).param("year", norm.year()).query(Integer.class).single();
        jdbc.sql("""
                        insert into multifraga.riksnorm_version (organisation_id, year, version, child_amounts, single_amount, couple_amount,
                            common_amounts, source, reason, entered_by)
                        values (:org, :year, :version, :child, :single, :couple, :common, :source, :reason, :by)""")
                .param("org", organisationId).param("year", norm.year()).param("version", version).param("child", join(norm.child()))
                .param("single", norm.single()).param("couple", norm.couple()).param("common", join(norm.common()))
                .param("source", norm.source()).param("reason", reason).param("by", enteredBy).update();
        return version;
    }

    private static String join(List<Integer> amounts) {
        return String.join(",", amounts.stream().map(String::valueOf).toList());
    }

    private static List<Integer> split(String amounts) {
        return Arrays.stream(amounts.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static InForce inForce(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Riksnorm norm = new Riksnorm(rs.getInt("year"), rs.getString("source"), Riksnorm.CHILD_BRACKETS, split(rs.getString("child_amounts")),
                rs.getInt("single_amount"), rs.getInt("couple_amount"), split(rs.getString("common_amounts")));
        return new InForce(norm, rs.getInt("version"), rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class),
                rs.getString("reason"));
    }
}
