package se.sambruk.bibblix.librarian;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.sambruk.bibblix.Bibblix;
import se.sambruk.core.ServiceUsageFigures;

/**
 * Loan statistics from the counts (never from loans, which are deleted): by month, municipality,
 * title, category and age band, for one municipality or (the content manager) all; and the yearly
 * number of loans per municipality, the usage figure for cost sharing.
 */
@Component
public class Statistics implements ServiceUsageFigures {

    public record Row(String label, long loans) {
    }

    /** A row with the length of its bar (0-380) in a chart whose longest bar is the largest figure. */
    public record Bar(String label, long loans, long width) {
        static List<Bar> of(List<Row> rows) {
            long max = rows.stream().mapToLong(Row::loans).max().orElse(0);
            return rows.stream().map(r -> new Bar(r.label(), r.loans(), max == 0 ? 0 : r.loans() * 380 / max)).toList();
        }
    }

    private final JdbcClient jdbc;

    Statistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String serviceCode() {
        return Bibblix.SERVICE_CODE;
    }

    @Override
    public Map<Long, Long> usageByMunicipality(int year) {
        Map<Long, Long> usage = new LinkedHashMap<>();
        jdbc.sql("select organisation_id, sum(loans) from bibblix.loan_count where day >= ? and day < ? group by organisation_id order by organisation_id")
                .params(Date.valueOf(Year.of(year).atDay(1)), Date.valueOf(Year.of(year + 1).atDay(1)))
                .query((rs, n) -> usage.put(rs.getLong(1), rs.getLong(2))).list();
        return usage;
    }

    /** organisation null = every municipality. */
    public long total(Long organisation, LocalDate from, LocalDate to) {
        return jdbc.sql("select coalesce(sum(loans), 0) from bibblix.loan_count c where " + scope(organisation))
                .params(params(organisation, from, to)).query(Long.class).single();
    }

    public List<Row> byMonth(Long organisation, LocalDate from, LocalDate to) {
        return rows("select to_char(day, 'YYYY-MM') as label, sum(loans) as loans from bibblix.loan_count c where " + scope(organisation)
                + " group by 1 order by 1", organisation, from, to);
    }

    public List<Row> byMunicipality(Long organisation, LocalDate from, LocalDate to) {
        return rows("select coalesce(l.name, 'Organisation ' || c.organisation_id) as label, sum(c.loans) as loans from bibblix.loan_count c "
                + "left join bibblix.library l on l.organisation_id = c.organisation_id where " + scope(organisation)
                + " group by 1 order by 2 desc, 1", organisation, from, to);
    }

    public List<Row> byTitle(Long organisation, LocalDate from, LocalDate to) {
        return rows("select coalesce(t.title, 'Titel ' || c.title_id) as label, sum(c.loans) as loans from bibblix.loan_count c "
                + "left join bibblix.title t on t.id = c.title_id where " + scope(organisation) + " group by 1 order by 2 desc, 1 limit 20",
                organisation, from, to);
    }

    public List<Row> byCategory(Long organisation, LocalDate from, LocalDate to) {
        return rows("select coalesce(k.name, nullif(c.category, ''), '–') as label, sum(c.loans) as loans from bibblix.loan_count c "
                + "left join bibblix.category k on k.slug = c.category where " + scope(organisation) + " group by 1 order by 2 desc, 1",
                organisation, from, to);
    }

    public List<Row> byAgeBand(Long organisation, LocalDate from, LocalDate to) {
        return rows("select c.age_band || ' år' as label, sum(c.loans) as loans from bibblix.loan_count c where " + scope(organisation)
                + " group by c.age_band order by nullif(split_part(c.age_band, '-', 1), '')::int nulls last", organisation, from, to);
    }

    private List<Row> rows(String sql, Long organisation, LocalDate from, LocalDate to) {
        return jdbc.sql(sql).params(params(organisation, from, to)).query(Row.class).list();
    }

    private static String scope(Long organisation) {
        return "c.day >= ? and c.day <= ?" + (organisation == null ? "" : " and c.organisation_id = ?");
    }

    private static List<Object> params(Long organisation, LocalDate from, LocalDate to) {
        return organisation == null ? List.of(Date.valueOf(from), Date.valueOf(to)) : List.of(Date.valueOf(from), Date.valueOf(to), organisation);
    }
}
