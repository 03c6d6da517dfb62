package se.sambruk.fixamingata.staff;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.Times;

/**
 * A municipality's figures for its handlers, the last twelve months: reports per category and
 * month, median days to the first answer and to closing, the share sent from the app and from the
 * web, and a heat map. Everything is aggregated in PostgreSQL over the report_dashboard index
 * (organisation, created_at, with the columns read included), so a million reports stay quick.
 */
@Component
class Dashboard {

    static final int MONTHS = 12;
    static final int GRID = 12;
    private static final String PUBLISHED = "r.organisation_id = ? and r.created_at >= ? and r.state not in ('DRAFT', 'UNCONFIRMED')";

    private final JdbcTemplate jdbc;

    Dashboard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record CategoryRow(String name, long[] counts, long total) {
    }

    record Month(String label, long count, Double answerDays, Double closeDays) {
    }

    record Source(String key, long count, int percent, int start) {
    }

    /** Counts over the municipality's bounding box: rows north to south, columns west to east. */
    record HeatMap(long[][] counts, long max, double west, double south, double east, double north) {
        public long count(int row, int column) {
            return counts[row][column];
        }

        /** The square's shade: light for one report, full for the busiest square. */
        public String opacity(int row, int column) {
            return String.format(java.util.Locale.ROOT, "%.2f", 0.15 + 0.85 * counts[row][column] / Math.max(1, max));
        }

        public double latOf(int row) {
            return north - (north - south) * row / GRID;
        }

        public double lonOf(int column) {
            return west + (east - west) * column / GRID;
        }
    }

    record Figures(List<String> months, List<CategoryRow> categories, List<Month> perMonth, long maxMonth, long total,
                   Double answerDays, Double closeDays, List<Source> sources, HeatMap heat) {
        public long maxCategory() {
            return Math.max(1, categories.stream().mapToLong(CategoryRow::total).max().orElse(0));
        }

        public double maxDays() {
            return perMonth.stream().flatMap(m -> java.util.stream.Stream.of(m.answerDays(), m.closeDays()))
                    .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    Figures figures(long organisationId, List<Category> categories, double[] box, LocalDate today) {
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1);
        Timestamp since = Timestamp.from(first.atDay(1).atStartOfDay(Times.STOCKHOLM).toInstant());
        List<String> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            months.add(first.plusMonths(i).toString());
        }
        String month = "to_char(r.created_at at time zone 'Europe/Stockholm', 'YYYY-MM')";

        Map<Long, long[]> byCategory = new LinkedHashMap<>();
        jdbc.query("select r.category_id, " + month + ", count(*) from fixamingata.report r where " + PUBLISHED + " group by 1, 2", rs -> {
            int index = months.indexOf(rs.getString(2));
            if (index >= 0) {
                byCategory.computeIfAbsent(rs.getLong(1), id -> new long[MONTHS])[index] += rs.getLong(3);
            }
        }, organisationId, since);
        List<CategoryRow> rows = new ArrayList<>();
        for (Category category : categories) {
            long[] counts = byCategory.get(category.id());
            if (counts != null) {
                rows.add(new CategoryRow(category.name(), counts, java.util.Arrays.stream(counts).sum()));
            }
        }
        long[] monthTotals = new long[MONTHS];
        byCategory.values().forEach(counts -> {
            for (int i = 0; i < MONTHS; i++) {
                monthTotals[i] += counts[i];
            }
        });

        Double[][] medians = new Double[MONTHS + 1][2];
        jdbc.query("""
                select %s, percentile_cont(0.5) within group (order by extract(epoch from r.first_answer_at - r.created_at)) / 86400,
                  percentile_cont(0.5) within group (order by extract(epoch from r.closed_at - r.created_at)) / 86400
                from fixamingata.report r where %s group by grouping sets ((%s), ())""".formatted(month, PUBLISHED, month), rs -> {
            int index = rs.getString(1) == null ? MONTHS : months.indexOf(rs.getString(1));
            if (index >= 0) {
                medians[index][0] = (Double) rs.getObject(2);
                medians[index][1] = (Double) rs.getObject(3);
            }
        }, organisationId, since);
        List<Month> perMonth = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            perMonth.add(new Month(months.get(i), monthTotals[i], medians[i][0], medians[i][1]));
        }

        Map<String, Long> bySource = new LinkedHashMap<>();
        jdbc.query("select case when r.source in ('web', 'app') then r.source else 'other' end, count(*) from fixamingata.report r where "
                + PUBLISHED + " group by 1 order by 2 desc", rs -> {
            bySource.put(rs.getString(1), rs.getLong(2));
        }, organisationId, since);
        long total = bySource.values().stream().mapToLong(Long::longValue).sum();
        List<Source> sources = new ArrayList<>();
        long before = 0;
        for (Map.Entry<String, Long> source : bySource.entrySet()) {
            int start = (int) Math.round(100.0 * before / Math.max(1, total));
            int end = (int) Math.round(100.0 * (before + source.getValue()) / Math.max(1, total));
            sources.add(new Source(source.getKey(), source.getValue(), end - start, start));
            before += source.getValue();
        }

        return new Figures(months, rows, perMonth, java.util.Arrays.stream(monthTotals).max().orElse(0), total, medians[MONTHS][0],
                medians[MONTHS][1], sources, heat(organisationId, since, box));
    }

    private HeatMap heat(long organisationId, Timestamp since, double[] box) {
        double west = box[0], south = box[1], east = box[2], north = box[3];
        long[][] counts = new long[GRID][GRID];
        long[] max = {0};
        jdbc.query("""
                select least(%d, floor((? - r.lat) / ? * %d))::int, least(%d, floor((r.lon - ?) / ? * %d))::int, count(*)
                from fixamingata.report r where %s and r.lat between ? and ? and r.lon between ? and ? group by 1, 2"""
                .formatted(GRID - 1, GRID, GRID - 1, GRID, PUBLISHED), rs -> {
            long count = rs.getLong(3);
            counts[rs.getInt(1)][rs.getInt(2)] = count;
            max[0] = Math.max(max[0], count);
        }, north, north - south, west, east - west, organisationId, since, south, north, west, east);
        return new HeatMap(counts, max[0], west, south, east, north);
    }
}
