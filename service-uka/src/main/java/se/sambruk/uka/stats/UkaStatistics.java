package se.sambruk.uka.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The figures of a chosen period for one municipality: two queries, counted in {@link Figures}. */
@Service
public class UkaStatistics {

    private final JdbcTemplate jdbc;

    UkaStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Figures figures(long organisationId, LocalDate from, LocalDate to) {
        Date f = Date.valueOf(from);
        Date t = Date.valueOf(to);
        List<Figures.Row> rows = new ArrayList<>();
        jdbc.query("select distinct on (p.id) p.personnummer, c.end_date, c.end_reason, "
                + "exists (select 1 from uka.contact k where k.organisation_id = p.organisation_id and k.person_id = p.id and k.reached "
                + "and k.contact_date between ? and ?) "
                + "from uka.young_person p join uka.coverage_period c on c.person_id = p.id and c.organisation_id = p.organisation_id "
                + "where p.organisation_id = ? and c.start_date <= ? and (c.end_date is null or c.end_date >= ?) "
                + "order by p.id, c.start_date desc", rs -> {
                    Date end = rs.getDate(2);
                    rows.add(new Figures.Row(rs.getString(1), end == null ? null : end.toLocalDate(), rs.getString(3), rs.getBoolean(4)));
                }, f, t, organisationId, t, f);
        Map<String, Long> byCategory = new HashMap<>();
        jdbc.query("select a.category, count(distinct a.person_id) from uka.action a where a.organisation_id = ? and a.start_date <= ? "
                + "and (a.end_date is null or a.end_date >= ?) and exists (select 1 from uka.coverage_period c where c.organisation_id = a.organisation_id "
                + "and c.person_id = a.person_id and c.start_date <= ? and (c.end_date is null or c.end_date >= ?)) group by a.category", rs -> {
                    byCategory.put(rs.getString(1), rs.getLong(2));
                }, organisationId, t, f, t, f);
        return Figures.of(from, to, rows, byCategory);
    }
}
