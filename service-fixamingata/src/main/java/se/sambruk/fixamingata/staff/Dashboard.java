package se.sambruk.fixamingata.staff;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.Times;

/**
 * A municipality's figures for its handlers, the last twelve months: reports per category and
 * month, median days to the first answer and to closing, the share sent from the app and from the
 * web, and a heat map. Everything is aggregated in PostgreSQL over the report_dashboard index
 * (organisation, created_at, with the columns read included), one query per chart; months are
 * found with width_bucket on the month starts rather than by formatting every row's date (a
 * single pass with grouping sets measured slower). The figures are reused while the municipality's newest
 * report and newest timeline entry stay the same (at most {@link #CACHE_FOR}).
 */
@Component
class Dashboard {

    static final int MONTHS = 12;
    static final int GRID = 12;
    private static final String PUBLISHED = "r.organisation_id = ? and r.created_at >= ? and r.state not in ('DRAFT', 'UNCONFIRMED')";

    /**
     * How long figures are reused while nothing visible changed (no new report, no new timeline
     * entry of the municipality): a resident's confirmation, which adds no entry, shows within this.
     */
    static final Duration CACHE_FOR = Duration.ofMinutes(1);

    private record Cached(List<Object> key, Instant at, Figures figures) {
    }

    private final JdbcTemplate jdbc;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

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
        List<Object> key = List.of(today, jdbc.queryForList("""
                select (select r.id from fixamingata.report r where r.organisation_id = ? order by r.created_at desc limit 1),
                  (select max(u.id) from fixamingata.report_update u where u.organisation_id = ?)""", organisationId, organisationId).get(0).values()
                .stream().map(String::valueOf).toList(), categories);
        Cached cached = cache.get(organisationId);
        if (cached != null && cached.key().equals(key) && cached.at().plus(CACHE_FOR).isAfter(Instant.now())) {
            return cached.figures();
        }
        Figures figures = compute(organisationId, categories, box, today);
        cache.put(organisationId, new Cached(key, Instant.now(), figures));
        return figures;
    }

    private Figures compute(long organisationId, List<Category> categories, double[] box, LocalDate today) {
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1);
        Timestamp since = Timestamp.from(first.atDay(1).atStartOfDay(Times.STOCKHOLM).toInstant());
        List<String> months = new ArrayList<>();
        List<String> monthStarts = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            months.add(first.plusMonths(i).toString());
            monthStarts.add("\"" + first.plusMonths(i).atDay(1).atStartOfDay(Times.STOCKHOLM).toInstant() + "\"");
        }
        String starts = "{" + String.join(",", monthStarts) + "}";
        double west = box[0], south = box[1], east = box[2], north = box[3];

        Map<Long, long[]> byCategory = new LinkedHashMap<>();
        jdbc.query("select r.category_id, width_bucket(r.created_at, ?::timestamptz[]), count(*) from fixamingata.report r where " + PUBLISHED
                + " group by 1, 2", rs -> {
            int index = rs.getInt(2) - 1;
            if (index >= 0 && index < MONTHS) {
                byCategory.computeIfAbsent(rs.getLong(1), id -> new long[MONTHS])[index] += rs.getLong(3);
            }
        }, starts, organisationId, since);
        Map<String, Long> bySource = new LinkedHashMap<>();
        jdbc.query("select case when r.source in ('web', 'app') then r.source else 'other' end, count(*) from fixamingata.report r where "
                + PUBLISHED + " group by 1", rs -> {
            bySource.put(rs.getString(1), rs.getLong(2));
        }, organisationId, since);
        long[][] squares = new long[GRID][GRID];
        long[] busiest = {0};
        jdbc.query("""
                select least(%d, floor((? - r.lat) / ? * %d))::int, least(%d, floor((r.lon - ?) / ? * %d))::int, count(*)
                from fixamingata.report r where %s and r.lat between ? and ? and r.lon between ? and ? group by 1, 2"""
                .formatted(GRID - 1, GRID, GRID - 1, GRID, PUBLISHED), rs -> {
            long count = rs.getLong(3);
            squares[rs.getInt(1)][rs.getInt(2)] = count;
            busiest[0] = Math.max(busiest[0], count);
        }, north, north - south, west, east - west, organisationId, since, south, north, west, east);

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

        // the medians read only the answered or closed reports' times
        Double[][] medians = new Double[MONTHS + 1][2];
        jdbc.query("""
                with r as (
                  select width_bucket(r.created_at, ?::timestamptz[]) as m, extract(epoch from r.first_answer_at - r.created_at) as answer,
                    extract(epoch from r.closed_at - r.created_at) as closing
                  from fixamingata.report r where %s and (r.first_answer_at is not null or r.closed_at is not null))
                select m, percentile_cont(0.5) within group (order by answer) / 86400, percentile_cont(0.5) within group (order by closing) / 86400
                from r group by grouping sets ((m), ())""".formatted(PUBLISHED), rs -> {
            int index = rs.getObject(1) == null ? MONTHS : rs.getInt(1) - 1;
            if (index >= 0 && index <= MONTHS) {
                medians[index][0] = (Double) rs.getObject(2);
                medians[index][1] = (Double) rs.getObject(3);
            }
        }, starts, organisationId, since);
        List<Month> perMonth = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            perMonth.add(new Month(months.get(i), monthTotals[i], medians[i][0], medians[i][1]));
        }

        long total = bySource.values().stream().mapToLong(Long::longValue).sum();
        List<Source> sources = new ArrayList<>();
        long before = 0;
        for (Map.Entry<String, Long> source : bySource.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList()) {
            int start = (int) Math.round(100.0 * before / Math.max(1, total));
            int end = (int) Math.round(100.0 * (before + source.getValue()) / Math.max(1, total));
            sources.add(new Source(source.getKey(), source.getValue(), end - start, start));
            before += source.getValue();
        }

        return new Figures(months, rows, perMonth, java.util.Arrays.stream(monthTotals).max().orElse(0), total, medians[MONTHS][0],
                medians[MONTHS][1], sources, new HeatMap(squares, busiest[0], west, south, east, north));
    }
}
