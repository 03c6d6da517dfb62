package se.sambruk.uka.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.uka.people.CodeLists;

/**
 * SCB's report periods of a municipality, the report's rows for a period, and the frozen files.
 * Every method takes the organisation and every query is scoped to it.
 */
@Service
public class ReportPeriods {

    private static final String COLUMNS = "id, name, start_date, end_date, frozen_at, frozen_by, frozen_rows";

    private final JdbcTemplate jdbc;
    private final CodeLists codes;

    ReportPeriods(JdbcTemplate jdbc, CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
    }

    public List<ReportPeriod> list(long organisationId) {
        return jdbc.query("select " + COLUMNS + " from uka.report_period where organisation_id = ? order by start_date desc",
                ReportPeriods::period, organisationId);
    }

    public Optional<ReportPeriod> find(long organisationId, long id) {
        return jdbc.query("select " + COLUMNS + " from uka.report_period where organisation_id = ? and id = ?", ReportPeriods::period,
                organisationId, id).stream().findFirst();
    }

    public boolean exists(long organisationId, int year, int half) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from uka.report_period where organisation_id = ? and name = ?)",
                Boolean.class, organisationId, ReportPeriod.name(year, half)));
    }

    /** Adds SCB's half-year as a period; the caller has checked that it is not there. */
    @Transactional
    public long create(long organisationId, int year, int half, String by) {
        return jdbc.queryForObject("insert into uka.report_period (organisation_id, name, start_date, end_date, created_by) values (?, ?, ?, ?, ?) "
                        + "returning id", Long.class, organisationId, ReportPeriod.name(year, half),
                Date.valueOf(ReportPeriod.startOf(year, half)), Date.valueOf(ReportPeriod.endOf(year, half)), by);
    }

    /**
     * Everyone covered at some time in the period, with their coverage periods, contacts and actions
     * in the period, in personnummer order. Three queries whatever the number of people.
     */
    public List<ScbReport.Individual> individuals(long organisationId, ReportPeriod period) {
        Date start = Date.valueOf(period.start());
        Date end = Date.valueOf(period.end());
        String overlapping = "c.organisation_id = ? and c.start_date <= ? and (c.end_date is null or c.end_date >= ?)";
        Map<Long, List<ScbReport.Coverage>> coverage = new LinkedHashMap<>();
        Map<Long, String[]> people = new LinkedHashMap<>();
        jdbc.query("select p.id, p.name, p.personnummer, c.start_date, c.end_date, c.end_reason, c.registration_reason, c.declined_offer, c.id from uka.coverage_period c "
                + "join uka.young_person p on p.id = c.person_id and p.organisation_id = c.organisation_id and p.anonymised_at is null where " + overlapping
                + " order by p.personnummer, c.start_date", rs -> {
                    long id = rs.getLong(1);
                    people.putIfAbsent(id, new String[] {rs.getString(2), rs.getString(3)});
                    coverage.computeIfAbsent(id, k -> new ArrayList<>()).add(new ScbReport.Coverage(rs.getLong(9), date(rs, 4), date(rs, 5), rs.getString(6),
                            rs.getString(7), rs.getBoolean(8)));
                }, organisationId, end, start);
        Map<Long, int[]> contacts = new HashMap<>();
        jdbc.query("select k.person_id, count(*), bool_or(k.reached) from uka.contact k where k.organisation_id = ? "
                + "and k.contact_date between ? and ? group by k.person_id", rs -> {
                    contacts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getBoolean(3) ? 1 : 0});
                }, organisationId, start, end);
        Map<Long, List<ScbReport.Act>> actions = new HashMap<>();
        jdbc.query("select a.person_id, a.id, a.category, a.start_date, a.end_date, a.end_reason from uka.action a where a.organisation_id = ? "
                + "and a.start_date <= ? and (a.end_date is null or a.end_date >= ?) order by a.person_id, a.start_date, a.id", rs -> {
                    actions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ScbReport.Act(rs.getLong(2), rs.getString(3), date(rs, 4), date(rs, 5), rs.getString(6)));
                }, organisationId, end, start);
        List<ScbReport.Individual> individuals = new ArrayList<>(people.size());
        people.forEach((id, nameAndNumber) -> {
            int[] c = contacts.getOrDefault(id, new int[] {0, 0});
            individuals.add(new ScbReport.Individual(id, nameAndNumber[0], nameAndNumber[1], coverage.get(id), c[0], c[1] == 1,
                    actions.getOrDefault(id, List.of())));
        });
        return individuals;
    }

    /** The municipality's code lists as the checks read them: list, code, may be chosen. */
    public Map<String, Map<String, Boolean>> codeBook(long organisationId) {
        Map<String, Map<String, Boolean>> book = new HashMap<>();
        for (String list : CodeLists.LISTS) {
            Map<String, Boolean> entries = new HashMap<>();
            codes.list(organisationId, list).forEach(c -> entries.put(c.code(), c.active()));
            book.put(list, entries);
        }
        return book;
    }

    /** Every code's label per list (retired ones too), for the readable files. */
    public Map<String, Map<String, String>> labels(long organisationId) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (String list : CodeLists.LISTS) {
            labels.put(list, codes.labels(organisationId, list));
        }
        return labels;
    }

    /** The files as sent. */
    public record Frozen(byte[] scb, byte[] csv, byte[] xlsx) {
    }

    /** Stores the files with the period; false when it was frozen already (by someone else, at the same time). */
    @Transactional
    public boolean freeze(long organisationId, long id, String by, int rows, Frozen files) {
        return jdbc.update("update uka.report_period set frozen_at = now(), frozen_by = ?, frozen_rows = ?, export_scb = ?, export_csv = ?, "
                + "export_xlsx = ? where organisation_id = ? and id = ? and frozen_at is null", by, rows, files.scb(), files.csv(), files.xlsx(),
                organisationId, id) == 1;
    }

    public Optional<Frozen> frozen(long organisationId, long id) {
        return jdbc.query("select export_scb, export_csv, export_xlsx from uka.report_period where organisation_id = ? and id = ? "
                + "and frozen_at is not null", (rs, i) -> new Frozen(rs.getBytes(1), rs.getBytes(2), rs.getBytes(3)), organisationId, id)
                .stream().findFirst();
    }

    private static ReportPeriod period(ResultSet rs, int i) throws SQLException {
        String[] name = rs.getString(2).split("-");
        Timestamp frozen = rs.getTimestamp(5);
        int rows = rs.getInt(7);
        return new ReportPeriod(rs.getLong(1), Integer.parseInt(name[0]), Integer.parseInt(name[1]), date(rs, 3), date(rs, 4),
                frozen == null ? null : frozen.toInstant(), rs.getString(6), rs.wasNull() ? null : rows);
    }

    private static java.time.LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
