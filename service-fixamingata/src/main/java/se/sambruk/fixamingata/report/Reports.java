package se.sambruk.fixamingata.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The reports and their timelines, in plain SQL so that the map and inbox queries use their indexes. */
@Repository
public class Reports {

    static final String SELECT = """
            select r.*, c.name as category_name,
              (select count(*) from fixamingata.report_photo p where p.report_id = r.id and not p.hidden) as photo_count
            from fixamingata.report r join fixamingata.category c on c.id = r.category_id
            """;
    private static final double METRES_PER_DEGREE = 111_195;

    static final RowMapper<Report> ROW = Reports::map;
    static final RowMapper<ReportUpdate> UPDATE_ROW = (rs, i) -> new ReportUpdate(rs.getLong("id"), rs.getLong("report_id"),
            instant(rs, "created_at"), ReportUpdate.Kind.valueOf(rs.getString("kind")), ReportState.parse(rs.getString("state")),
            rs.getString("text"), rs.getString("author"), rs.getBoolean("internal"), rs.getBoolean("hidden"), rs.getString("external_id"));

    private final JdbcTemplate jdbc;

    Reports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Report> find(long id) {
        return jdbc.query(SELECT + " where r.id = ?", ROW, id).stream().findFirst();
    }

    public Optional<Report> findByManageToken(String token) {
        return jdbc.query(SELECT + " where r.manage_token = ?", ROW, token).stream().findFirst();
    }

    public Optional<Report> findByConfirmToken(String token) {
        return jdbc.query(SELECT + " where r.confirm_token = ?", ROW, token).stream().findFirst();
    }

    /** The report of this municipality's, or nothing: every query staff trigger goes through here. */
    public Optional<Report> findOfOrganisation(long id, long organisationId) {
        return jdbc.query(SELECT + " where r.id = ? and r.organisation_id = ?", ROW, id, organisationId).stream().findFirst();
    }

    long insert(NewReport report, ReportState state, String manageToken) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into fixamingata.report (organisation_id, kommunkod, category_id, lat, lon, title, detail,
                      reporter_name, reporter_email, reporter_phone, show_name, state, source, manage_token, confirmed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[]{"id"});
            statement.setLong(1, report.organisationId());
            statement.setString(2, report.kommunkod());
            statement.setLong(3, report.categoryId());
            statement.setDouble(4, report.lat());
            statement.setDouble(5, report.lon());
            statement.setString(6, report.title());
            statement.setString(7, report.detail());
            statement.setString(8, report.name());
            statement.setString(9, report.email());
            statement.setString(10, report.phone());
            statement.setBoolean(11, report.showName());
            statement.setString(12, state.name());
            statement.setString(13, report.source());
            statement.setString(14, manageToken);
            statement.setTimestamp(15, state.isPublic() ? Timestamp.from(Instant.now()) : null);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * Open, published reports of the category within the radius, nearest first. The bounding box
     * uses the (category, lat, lon) index; the exact distance is computed for the few rows inside.
     */
    public List<Nearby> nearbyOpen(long categoryId, double lat, double lon, double radiusMetres, int limit, Long except) {
        double dLat = radiusMetres / METRES_PER_DEGREE;
        double dLon = dLat / Math.cos(Math.toRadians(lat));
        List<String> open = ReportState.inGroup(ReportState.Group.OPEN).stream().map(Enum::name).toList();
        return jdbc.query("""
                        select r.id, r.title, r.state, r.created_at, r.lat, r.lon,
                          (select min(p.id) from fixamingata.report_photo p where p.report_id = r.id and not p.hidden) as photo_id
                        from fixamingata.report r
                        where r.category_id = ? and r.lat between ? and ? and r.lon between ? and ?
                          and r.state = any (?) and r.id <> ?""",
                        (rs, i) -> new Nearby(rs.getLong("id"), rs.getString("title"), ReportState.valueOf(rs.getString("state")),
                                instant(rs, "created_at"), distance(lat, lon, rs.getDouble("lat"), rs.getDouble("lon")),
                                rs.getObject("photo_id") != null),
                        categoryId, lat - dLat, lat + dLat, lon - dLon, lon + dLon, open.toArray(String[]::new),
                        except == null ? -1 : except).stream()
                .filter(nearby -> nearby.metres() <= radiusMetres)
                .sorted(java.util.Comparator.comparingDouble(Nearby::metres))
                .limit(limit)
                .toList();
    }

    /** A report near the pin: its distance in metres, whether it has a photo. */
    public record Nearby(long id, String title, ReportState state, Instant createdAt, double metres, boolean hasPhoto) {
        public long roundedMetres() {
            return Math.round(metres);
        }
    }

    static double distance(double lat1, double lon1, double lat2, double lon2) {
        double x = (lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = lat2 - lat1;
        return Math.sqrt(x * x + y * y) * METRES_PER_DEGREE;
    }

    public List<ReportUpdate> timeline(long reportId, boolean withInternal) {
        return jdbc.query("select * from fixamingata.report_update where report_id = ?" + (withInternal ? "" : " and not internal and not hidden")
                + " order by created_at, id", UPDATE_ROW, reportId);
    }

    long addUpdate(Report report, ReportUpdate.Kind kind, ReportState state, String text, String author, boolean internal, String externalId) {
        return addUpdate(report, kind, state, text, author, internal, externalId, null, null, null);
    }

    /** An update at a given time (null: now), with a photo's URL and a back-end's status code (both may be null). */
    long addUpdate(Report report, ReportUpdate.Kind kind, ReportState state, String text, String author, boolean internal, String externalId,
                   Instant at, String mediaUrl, String externalStatusCode) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into fixamingata.report_update (report_id, organisation_id, kind, state, text, author, internal, external_id,
                      created_at, media_url, external_status_code)
                    values (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, now()), ?, ?)""", new String[]{"id"});
            statement.setLong(1, report.id());
            statement.setLong(2, report.organisationId());
            statement.setString(3, kind.name());
            statement.setString(4, state == null ? null : state.name());
            statement.setString(5, text == null ? "" : text);
            statement.setString(6, author);
            statement.setBoolean(7, internal);
            statement.setString(8, externalId);
            statement.setTimestamp(9, at == null ? null : Timestamp.from(at));
            statement.setString(10, mediaUrl);
            statement.setString(11, externalStatusCode);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    void setState(long reportId, ReportState state) {
        jdbc.update("""
                update fixamingata.report set state = ?, updated_at = now(),
                  closed_at = case when ? then null else coalesce(closed_at, now()) end
                where id = ?""", state.name(), state.isOpen(), reportId);
    }

    public List<byte[]> photos(long reportId, boolean withHidden) {
        return jdbc.query("select jpeg from fixamingata.report_photo where report_id = ?" + (withHidden ? "" : " and not hidden")
                + " order by position", (rs, i) -> rs.getBytes(1), reportId);
    }

    public List<PhotoRef> photoRefs(long reportId) {
        return jdbc.query("select id, position, hidden from fixamingata.report_photo where report_id = ? order by position",
                (rs, i) -> new PhotoRef(rs.getLong(1), rs.getInt(2), rs.getBoolean(3)), reportId);
    }

    public record PhotoRef(long id, int position, boolean hidden) {
    }

    void replacePhotos(long reportId, List<byte[]> jpegs) {
        jdbc.update("delete from fixamingata.report_photo where report_id = ?", reportId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < jpegs.size(); i++) {
            rows.add(new Object[]{reportId, i, jpegs.get(i)});
        }
        jdbc.batchUpdate("insert into fixamingata.report_photo (report_id, position, jpeg) values (?, ?, ?)", rows);
    }

    private static Report map(ResultSet rs, int row) throws SQLException {
        return new Report(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("kommunkod"), rs.getLong("category_id"),
                rs.getString("category_name"), rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("title"), rs.getString("detail"),
                rs.getString("reporter_name"), rs.getString("reporter_email"), rs.getString("reporter_phone"), rs.getBoolean("show_name"),
                ReportState.valueOf(rs.getString("state")), rs.getString("source"), rs.getString("manage_token"),
                (Long) rs.getObject("duplicate_of"), rs.getString("priority"), rs.getString("assigned_to"), rs.getString("external_id"),
                rs.getBoolean("detail_hidden"), instant(rs, "created_at"), instant(rs, "confirmed_at"), instant(rs, "updated_at"),
                rs.getInt("photo_count"), rs.getString("address_string"), rs.getString("media_url"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
