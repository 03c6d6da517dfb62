package se.sambruk.fixamingata.staff;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.sambruk.fixamingata.report.NewestFirst;
import se.sambruk.fixamingata.report.ReportState;
import se.sambruk.fixamingata.report.Times;

/** The staff inbox: a municipality's reports with filters, newest first, one query on the (organisation, state, created) index. */
@Component
class Inbox {

    static final int PAGE_SIZE = 100;
    private static final double METRES_PER_DEGREE = 111_195;

    private final JdbcTemplate jdbc;

    Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(ReportState.Group group, Long category, Integer olderThanDays, Double lat, Double lon) {
    }

    record Row(long id, String title, String category, ReportState state, String created, boolean delivered, String assignedTo) {
    }

    /** The newest {@link #PAGE_SIZE} reports of the filter; after the report {@code before} when given (the next page). */
    List<Row> list(long organisationId, Filter filter, Long before) {
        List<Object> parameters = new ArrayList<>();
        String sql = """
                select r.id, r.title, c.name as category, r.state, r.created_at, r.assigned_to,
                  not exists (select 1 from fixamingata.delivery d where d.report_id = r.id and d.update_id is null and d.sent_at is null) as delivered
                from (%s) newest join fixamingata.report r on r.id = newest.id join fixamingata.category c on c.id = r.category_id
                order by r.created_at desc, r.id desc""".formatted(newest(organisationId, filter, before, PAGE_SIZE, parameters));
        return jdbc.query(sql, (rs, i) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("category"),
                ReportState.valueOf(rs.getString("state")), Times.format(rs.getTimestamp("created_at").toInstant()),
                rs.getBoolean("delivered"), rs.getString("assigned_to")), parameters.toArray());
    }

    record Point(long id, String title, String category, ReportState state, double lat, double lon, String created) {
    }

    /** The newest reports of the filter with their points, at most {@code limit}. */
    List<Point> points(long organisationId, Filter filter, int limit) {
        List<Object> parameters = new ArrayList<>();
        String sql = """
                select r.id, r.title, c.name as category, r.state, r.lat, r.lon, r.created_at
                from (%s) newest join fixamingata.report r on r.id = newest.id join fixamingata.category c on c.id = r.category_id
                order by r.created_at desc, r.id desc""".formatted(newest(organisationId, filter, null, limit, parameters));
        return jdbc.query(sql, (rs, i) -> new Point(rs.getLong("id"), rs.getString("title"), rs.getString("category"),
                ReportState.valueOf(rs.getString("state")), rs.getDouble("lat"), rs.getDouble("lon"),
                Times.format(rs.getTimestamp("created_at").toInstant())), parameters.toArray());
    }

    /** How many reports the filter matches, all of them (the list shows a page at a time). */
    long count(long organisationId, Filter filter) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        conditions(filter, null, organisationId, where, parameters);
        List<Object> all = new ArrayList<>();
        all.add(organisationId);
        List<ReportState> states = ReportState.inGroup(filter.group() == null ? ReportState.Group.OPEN : filter.group());
        all.add(states.stream().map(Enum::name).toArray(String[]::new));
        all.addAll(parameters);
        Long count = jdbc.queryForObject("select count(*) from fixamingata.report r where r.organisation_id = ? and r.state = any(?)" + where,
                Long.class, all.toArray());
        return count == null ? 0 : count;
    }

    private static String newest(long organisationId, Filter filter, Long before, int limit, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        List<Object> whereParameters = new ArrayList<>();
        conditions(filter, before, organisationId, where, whereParameters);
        return NewestFirst.ids(organisationId, ReportState.inGroup(filter.group() == null ? ReportState.Group.OPEN : filter.group()),
                where.toString(), whereParameters, limit, parameters);
    }

    /** The filter's conditions on alias r; with {@code before}, only reports older than that one (keyset paging). */
    private static void conditions(Filter filter, Long before, long organisationId, StringBuilder where, List<Object> whereParameters) {
        if (before != null) {
            where.append(" and (r.created_at, r.id) < (select b.created_at, b.id from fixamingata.report b where b.id = ? and b.organisation_id = ?)");
            whereParameters.add(before);
            whereParameters.add(organisationId);
        }
        if (filter.category() != null) {
            where.append(" and r.category_id = ?");
            whereParameters.add(filter.category());
        }
        if (filter.olderThanDays() != null) {
            where.append(" and r.created_at < now() - make_interval(days => ?)");
            whereParameters.add(filter.olderThanDays());
        }
        if (filter.lat() != null && filter.lon() != null) {
            double dLat = 1000 / METRES_PER_DEGREE, dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(filter.lat())));
            where.append(" and r.lat between ? and ? and r.lon between ? and ?");
            whereParameters.addAll(List.of(filter.lat() - dLat, filter.lat() + dLat, filter.lon() - dLon, filter.lon() + dLon));
        }
    }

    record Delivery(long id, Long updateId, int attempts, String sentAt, String nextAttemptAt, String lastError) {
    }

    List<Delivery> deliveries(long reportId) {
        return jdbc.query("select * from fixamingata.delivery where report_id = ? order by id", (rs, i) -> new Delivery(rs.getLong("id"),
                (Long) rs.getObject("update_id"), rs.getInt("attempts"),
                rs.getTimestamp("sent_at") == null ? null : Times.format(rs.getTimestamp("sent_at").toInstant()),
                Times.format(rs.getTimestamp("next_attempt_at").toInstant()), rs.getString("last_error")), reportId);
    }

    /** Sends again now: a new delivery of the report (the old ones stay as history). */
    void resend(long reportId, long organisationId) {
        jdbc.update("insert into fixamingata.delivery (report_id, organisation_id) values (?, ?)", reportId, organisationId);
    }
}
