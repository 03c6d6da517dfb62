package se.sambruk.fixamingata.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Alerts by RSS 2.0: one report's timeline, or the new reports of a whole municipality. */
@Controller
class Feeds {

    private static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);

    private final Reports reports;
    private final Reporting reporting;
    private final JdbcTemplate jdbc;
    private final String publicUrl;

    Feeds(Reports reports, Reporting reporting, JdbcTemplate jdbc, @Value("${sambruk.fixamingata.public-url:http://localhost:8080}") String publicUrl) {
        this.reports = reports;
        this.reporting = reporting;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    record Item(String title, String text, String link, Instant at) {
    }

    @GetMapping("/fixamingata/rapporter/{id}/rss")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        Report report = reports.find(id).filter(r -> r.state().isPublic()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String link = reporting.link(id);
        List<Item> items = reports.timeline(id, false).stream()
                .map(update -> new Item(report.title() + (update.state() == null ? "" : " – " + update.state().name()), update.text(), link,
                        update.createdAt()))
                .toList();
        return feed("FixaMinGata: " + report.title(), link, items);
    }

    @GetMapping("/fixamingata/kommuner/{kommunkod}/rss")
    ResponseEntity<byte[]> municipality(@PathVariable String kommunkod) {
        if (!kommunkod.matches("\\d{4}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Item> items = jdbc.query("""
                select id, title, detail, detail_hidden, created_at from fixamingata.report
                where kommunkod = ? and state not in ('DRAFT', 'UNCONFIRMED', 'HIDDEN') order by created_at desc limit 50""",
                (rs, i) -> new Item(rs.getString("title"), rs.getBoolean("detail_hidden") ? "" : rs.getString("detail"),
                        reporting.link(rs.getLong("id")), rs.getTimestamp("created_at").toInstant()), kommunkod);
        return feed("FixaMinGata: " + reporting.municipalityName(kommunkod), publicUrl + "/fixamingata", items);
    }

    /** New published reports within a radius (metres, 100 to 5000, default 1000) of a point, newest first. */
    @GetMapping("/fixamingata/omrade/rss")
    ResponseEntity<byte[]> area(@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
                                @RequestParam(required = false) String radie) {
        var point = Coordinates.parse(lat, lon);
        int radius = radie == null || radie.isBlank() ? 1000 : radie.matches("\\d{3,4}") ? Integer.parseInt(radie) : -1;
        if (point.isEmpty() || radius < 100 || radius > 5000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lat, lon (decimal degrees) and radie (100-5000 m)");
        }
        double centreLat = point.get().lat(), centreLon = point.get().lon();
        double dLat = radius / 111_195.0, dLon = dLat / Math.cos(Math.toRadians(centreLat));
        record Near(Item item, double lat, double lon) {
        }
        List<Item> items = jdbc.query("""
                select id, title, detail, detail_hidden, created_at, lat, lon from fixamingata.report
                where lat between ? and ? and lon between ? and ? and state not in ('DRAFT', 'UNCONFIRMED', 'HIDDEN')
                order by created_at desc limit 200""",
                (rs, i) -> new Near(new Item(rs.getString("title"), rs.getBoolean("detail_hidden") ? "" : rs.getString("detail"),
                        reporting.link(rs.getLong("id")), rs.getTimestamp("created_at").toInstant()), rs.getDouble("lat"), rs.getDouble("lon")),
                centreLat - dLat, centreLat + dLat, centreLon - dLon, centreLon + dLon).stream()
                .filter(near -> Reports.distance(centreLat, centreLon, near.lat(), near.lon()) <= radius)
                .limit(50).map(Near::item).toList();
        return feed("FixaMinGata: %d m från %.5f, %.5f".formatted(radius, centreLat, centreLon), publicUrl + "/fixamingata", items);
    }

    private static ResponseEntity<byte[]> feed(String title, String link, List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>");
        xml.append("<title>").append(escape(title)).append("</title><link>").append(escape(link)).append("</link>")
                .append("<description>").append(escape(title)).append("</description><language>sv</language>");
        for (Item item : items) {
            xml.append("<item><title>").append(escape(item.title())).append("</title><link>").append(escape(item.link()))
                    .append("</link><guid isPermaLink=\"false\">").append(escape(item.link() + "#" + item.at().toEpochMilli()))
                    .append("</guid><pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(item.at().atZone(Times.STOCKHOLM)))
                    .append("</pubDate><description>").append(escape(asHtmlText(item.text()))).append("</description></item>");
        }
        xml.append("</channel></rss>\n");
        return ResponseEntity.ok().contentType(RSS).body(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * RSS readers render an item's description as HTML (RSS 2.0: "entity-encoded HTML"), so a
     * resident's text is first made HTML that shows it as text, then escaped for the XML: a
     * {@code <script>} arrives as the characters, never as markup.
     */
    static String asHtmlText(String text) {
        return text == null ? "" : org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
