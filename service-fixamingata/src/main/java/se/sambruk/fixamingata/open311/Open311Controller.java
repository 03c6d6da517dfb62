package se.sambruk.fixamingata.open311;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sambruk.core.KeptAnswers;
import se.sambruk.core.Municipalities;
import se.sambruk.core.ServiceAccess;
import se.sambruk.fixamingata.FixaMinGata;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.Coordinates;
import se.sambruk.fixamingata.report.NewReport;
import se.sambruk.fixamingata.report.NewestFirst;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportState;
import se.sambruk.fixamingata.report.Reporting;
import se.sambruk.fixamingata.report.Reports;
import se.sambruk.fixamingata.report.Times;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) for FixaMinGata's municipalities:
 * {@code jurisdiction_id} is the kommunkod. Every path ends in {@code .xml} or {@code .json}; errors
 * come as the standard's error list with the HTTP status. Also the widely used extension
 * {@code servicerequestupdates} (GET, and POST for back-ends that push updates).
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Municipalities municipalities;
    private final ServiceAccess access;
    private final Categories categories;
    private final Reporting reporting;
    private final Reports reports;
    private final ApiKeys keys;
    private final JdbcTemplate jdbc;
    private final String publicUrl;
    private final long listCacheNanos;

    Open311Controller(Municipalities municipalities, ServiceAccess access, Categories categories, Reporting reporting, Reports reports,
                      ApiKeys keys, JdbcTemplate jdbc, @Value("${sambruk.fixamingata.public-url:http://localhost:8080}") String publicUrl,
                      @Value("${sambruk.fixamingata.open311-list-cache:PT2S}") java.time.Duration listCache) {
        this.listCacheNanos = listCache.toNanos();
        this.municipalities = municipalities;
        this.access = access;
        this.categories = categories;
        this.reporting = reporting;
        this.reports = reports;
        this.keys = keys;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** A request the server refuses, in the standard's error format. */
    static final class Refused extends RuntimeException {
        final HttpStatus status;

        Refused(HttpStatus status, String description) {
            super(description, null, false, false);
            this.status = status;
        }
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        Open311Format f = format(format);
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", "2026-11-27T00:00:00Z");
        discovery.put("contact", "FixaMinGata, Sambruk: fixamingata@sambruk.se");
        discovery.put("key_service", "Kontakta Sambruk för en api_key.");
        discovery.put("endpoints", List.of(Map.of("specification", "http://wiki.open311.org/GeoReport_v2", "url", publicUrl + "/open311/v2",
                "changeset", "2026-11-27T00:00:00Z", "type", "production", "formats", List.of("text/xml", "application/json"))));
        return f.single("discovery", discovery);
    }

    @GetMapping("/services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format f = format(format);
        long organisation = jurisdiction(jurisdiction);
        List<Map<String, Object>> services = new ArrayList<>();
        for (Category category : reporting.categoriesOf(organisation, jurisdiction)) {
            services.add(service(category));
        }
        return f.list(HttpStatus.OK, "services", "service", services);
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<byte[]> serviceDefinition(@PathVariable String code, @PathVariable String format,
                                             @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format f = format(format);
        long organisation = jurisdiction(jurisdiction);
        Category category = category(code, organisation);
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.serviceCode());
        definition.put("attributes", List.of());
        return f.list(HttpStatus.OK, "service_definition", "service_definition", List.of(definition));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<byte[]> requests(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                    @RequestParam(name = "service_request_id", required = false) String ids,
                                    @RequestParam(name = "service_code", required = false) String serviceCode,
                                    @RequestParam(name = "start_date", required = false) String startDate,
                                    @RequestParam(name = "end_date", required = false) String endDate,
                                    @RequestParam(required = false) String status, @RequestParam(required = false) String limit) {
        Open311Format f = format(format);
        long organisation = jurisdiction(jurisdiction);
        String cacheKey = ids == null || ids.isBlank()
                ? String.join("|", f.name(), jurisdiction, String.valueOf(serviceCode), String.valueOf(startDate), String.valueOf(endDate),
                String.valueOf(status), String.valueOf(limit)) : null;
        if (cacheKey != null) {
            KeptAnswers.Answer cached = answers.get(cacheKey);
            if (cached != null && cached.stamp() > System.nanoTime()) { // the stamp is when it expires
                return ResponseEntity.ok().contentType(MediaType.parseMediaType(cached.contentType())).body(cached.body());
            }
        }
        ResponseEntity<byte[]> answer = list(f, organisation, ids, serviceCode, startDate, endDate, status, limit);
        if (cacheKey != null && answer.getStatusCode().is2xxSuccessful() && answer.getBody() != null) {
            answers.keep(cacheKey, new KeptAnswers.Answer(System.nanoTime() + listCacheNanos, answer.getBody(),
                    String.valueOf(answer.getHeaders().getContentType())));
        }
        return answer;
    }

    /** Rendered lists, kept briefly: apps and dashboards poll the same list again and again. */
    private final KeptAnswers answers = new KeptAnswers(64L * 1024 * 1024);

    private ResponseEntity<byte[]> list(Open311Format f, long organisation, String ids, String serviceCode, String startDate, String endDate,
                                        String status, String limit) {
        int max = limit == null ? DEFAULT_LIMIT : (int) Math.min(MAX_LIMIT, Math.max(1, number(limit, "limit")));
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (ids != null && !ids.isBlank()) {
            List<Long> wanted = new ArrayList<>();
            for (String id : ids.split(",")) {
                wanted.add(number(id, "service_request_id"));
            }
            sql = REQUEST_SELECT + " where r.organisation_id = ? and r.state = any (?) and r.id = any (?) order by r.created_at desc, r.id desc limit " + max;
            parameters.addAll(List.of(organisation, states(null), wanted.toArray(Long[]::new)));
        } else {
            OffsetDateTime end = endDate == null ? OffsetDateTime.now() : date(endDate, "end_date");
            OffsetDateTime start = startDate == null ? end.minusDays(90) : date(startDate, "start_date");
            StringBuilder where = new StringBuilder(" and r.created_at >= ? and r.created_at <= ?");
            List<Object> whereParameters = new ArrayList<>(List.of(start, end));
            if (serviceCode != null && !serviceCode.isBlank()) {
                where.append(" and r.category_id = ?");
                whereParameters.add(category(serviceCode, organisation).id());
            }
            if (status == null || status.isBlank()) {
                // nearly every report is published: walking the (organisation, created_at) index reads about one page
                sql = REQUEST_SELECT + " where r.organisation_id = ? and r.state not in ('DRAFT', 'UNCONFIRMED', 'HIDDEN')" + where
                        + " order by r.created_at desc, r.id desc limit " + max;
                parameters.add(organisation);
                parameters.addAll(whereParameters);
            } else {
                List<ReportState> wantedStates = java.util.Arrays.stream(states(status)).map(ReportState::valueOf).toList();
                String newest = NewestFirst.ids(organisation, wantedStates, where.toString(), whereParameters, max, parameters);
                sql = REQUEST_SELECT.replace("from fixamingata.report r", "from (" + newest + ") newest join fixamingata.report r on r.id = newest.id")
                        + " order by r.created_at desc, r.id desc";
            }
        }
        return f.list(HttpStatus.OK, "service_requests", "request", jdbc.query(sql, (rs, i) -> request(rs), parameters.toArray()));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format,
                                   @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format f = format(format);
        long organisation = jurisdiction(jurisdiction);
        List<Map<String, Object>> found = jdbc.query(REQUEST_SELECT + " where r.id = ? and r.organisation_id = ? and r.state = any (?)",
                (rs, i) -> request(rs), number(id, "service_request_id"), organisation, states(null));
        if (found.isEmpty()) {
            throw new Refused(HttpStatus.NOT_FOUND, "No service request " + id);
        }
        return f.list(HttpStatus.OK, "service_requests", "request", found);
    }

    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
                                 @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format f = format(format);
        Report report = reports.findByConfirmToken(token).filter(r -> r.state().isPublic())
                .orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "No service request for this token"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", String.valueOf(report.id()));
        answer.put("token", token);
        return f.list(HttpStatus.OK, "service_requests", "request", List.of(answer));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<byte[]> create(@PathVariable String format, @RequestParam(name = "api_key", required = false) String apiKey,
                                  @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                  @RequestParam(name = "service_code", required = false) String serviceCode,
                                  @RequestParam(required = false) String lat, @RequestParam(name = "long", required = false) String lon,
                                  @RequestParam(required = false) String title, @RequestParam(required = false) String description,
                                  @RequestParam(required = false) String email, @RequestParam(name = "first_name", required = false) String firstName,
                                  @RequestParam(name = "last_name", required = false) String lastName,
                                  @RequestParam(required = false) String phone) {
        Open311Format f = format(format);
        ApiKeys.Holder holder = keys.holder(apiKey).orElseThrow(() -> new Refused(HttpStatus.FORBIDDEN, "Invalid api_key"));
        Coordinates point = Coordinates.parse(lat, lon).orElseThrow(() -> new Refused(HttpStatus.BAD_REQUEST, "lat and long are required"));
        Reporting.Location location = reporting.locate(point.lat(), point.lon());
        if (!(location instanceof Reporting.Location.Served served)) {
            throw new Refused(HttpStatus.BAD_REQUEST, location instanceof Reporting.Location.NotUsingService other
                    ? "The location is in " + other.municipality().name() + ", which does not use FixaMinGata"
                    : "The location is outside Sweden");
        }
        if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(served.municipality().kommunkod())) {
            throw new Refused(HttpStatus.BAD_REQUEST, "The location is not in jurisdiction " + jurisdiction);
        }
        if (holder.organisationId() != null && holder.organisationId() != served.organisationId()) {
            throw new Refused(HttpStatus.FORBIDDEN, "The api_key does not belong to this jurisdiction");
        }
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "service_code is required");
        }
        reporting.categoriesOf(served.organisationId(), served.municipality().kommunkod());
        Category category = category(serviceCode, served.organisationId());
        String text = required(description, "description", 5000);
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        String address = required(email, "email", 320);
        if (!address.contains("@")) {
            throw new Refused(HttpStatus.BAD_REQUEST, "email is not an e-mail address");
        }
        String heading = title == null || title.isBlank() ? text.lines().findFirst().orElse(text) : title.strip();
        heading = heading.length() > 200 ? heading.substring(0, 200) : heading;
        check(name, "first_name", 200);
        check(phone, "phone", 40);
        Report report = reporting.publish(new NewReport(served.organisationId(), served.municipality().kommunkod(), category.id(),
                point.lat(), point.lon(), heading, text, name.isEmpty() ? "Anonym" : name, address, phone, false, "app"), List.of());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", String.valueOf(report.id()));
        answer.put("service_notice", "");
        answer.put("account_id", null);
        return f.list(HttpStatus.CREATED, "service_requests", "request", List.of(answer));
    }

    @GetMapping("/servicerequestupdates.{format}")
    ResponseEntity<byte[]> updates(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                   @RequestParam(name = "start_date", required = false) String startDate,
                                   @RequestParam(name = "end_date", required = false) String endDate) {
        Open311Format f = format(format);
        long organisation = jurisdiction(jurisdiction);
        OffsetDateTime end = endDate == null ? OffsetDateTime.now() : date(endDate, "end_date");
        OffsetDateTime start = startDate == null ? end.minusDays(1) : date(startDate, "start_date");
        List<Map<String, Object>> updates = jdbc.query("""
                select u.id, u.report_id, u.created_at, u.kind, u.state, u.text, r.state as report_state
                from fixamingata.report_update u join fixamingata.report r on r.id = u.report_id
                where u.organisation_id = ? and not u.internal and not u.hidden and u.created_at >= ? and u.created_at <= ?
                  and r.state = any (?)
                order by u.created_at, u.id limit 1000""", (rs, i) -> {
            Map<String, Object> update = new LinkedHashMap<>();
            ReportState state = ReportState.parse(rs.getString("state"));
            update.put("update_id", String.valueOf(rs.getLong("id")));
            update.put("service_request_id", String.valueOf(rs.getLong("report_id")));
            update.put("status", (state == null ? ReportState.valueOf(rs.getString("report_state")) : state).open311Status());
            update.put("updated_datetime", W3C.format(rs.getTimestamp("created_at").toInstant().atZone(Times.STOCKHOLM)));
            update.put("description", rs.getString("text"));
            update.put("media_url", "");
            return update;
        }, organisation, start, end, states(null));
        return f.list(HttpStatus.OK, "service_request_updates", "request_update", updates);
    }

    /** A back-end pushes an update for one of its municipality's reports; a repeated update_id is refused. */
    @PostMapping("/servicerequestupdates.{format}")
    ResponseEntity<byte[]> pushUpdate(@PathVariable String format, @RequestParam(name = "api_key", required = false) String apiKey,
                                      @RequestParam(name = "service_request_id", required = false) String requestId,
                                      @RequestParam(name = "update_id", required = false) String updateId,
                                      @RequestParam(required = false) String status, @RequestParam(required = false) String description,
                                      @RequestParam(name = "external_status_code", required = false) String externalStatus) {
        Open311Format f = format(format);
        ApiKeys.Holder holder = keys.holder(apiKey).orElseThrow(() -> new Refused(HttpStatus.FORBIDDEN, "Invalid api_key"));
        if (holder.organisationId() == null) {
            throw new Refused(HttpStatus.FORBIDDEN, "Only a municipality's back-end may post updates");
        }
        long id = number(requestId, "service_request_id");
        Report report = reports.findOfOrganisation(id, holder.organisationId()).filter(r -> r.state().isPublic())
                .orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "No service request " + requestId));
        String external = required(updateId, "update_id", 100);
        ReportState state = Open311Statuses.fromOpen311(status, externalStatus, report.state());
        if (state == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "status must be open or closed (or a FixMyStreet state)");
        }
        check(description, "description", 5000);
        if (!reporting.backendUpdate(report, external, state, description == null ? "" : description.strip())) {
            throw new Refused(HttpStatus.BAD_REQUEST, "update_id " + external + " was already received");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("update_id", external);
        return f.list(HttpStatus.OK, "service_request_updates", "request_update", List.of(answer));
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(Refused.class)
    ResponseEntity<byte[]> refused(Refused refused, jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI();
        Open311Format f = path.endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
        return f.error(refused.status, refused.getMessage());
    }

    static final String REQUEST_SELECT = """
            select r.id, r.state, r.title, r.detail, r.detail_hidden, r.lat, r.lon, r.created_at, r.updated_at, r.category_id, c.name as category,
              (select min(p.position) from fixamingata.report_photo p where p.report_id = r.id and not p.hidden) as photo
            from fixamingata.report r join fixamingata.category c on c.id = r.category_id""";

    private Map<String, Object> request(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, Object> request = new LinkedHashMap<>();
        long id = rs.getLong("id");
        ReportState state = ReportState.valueOf(rs.getString("state"));
        request.put("service_request_id", String.valueOf(id));
        request.put("status", state.open311Status());
        request.put("status_notes", null);
        request.put("service_name", rs.getString("category"));
        request.put("service_code", String.valueOf(rs.getLong("category_id")));
        request.put("title", rs.getString("title"));
        request.put("description", rs.getBoolean("detail_hidden") ? "" : rs.getString("detail"));
        request.put("agency_responsible", null);
        request.put("service_notice", null);
        request.put("requested_datetime", W3C.format(rs.getTimestamp("created_at").toInstant().atZone(Times.STOCKHOLM)));
        request.put("updated_datetime", W3C.format(rs.getTimestamp("updated_at").toInstant().atZone(Times.STOCKHOLM)));
        request.put("expected_datetime", null);
        request.put("address", null);
        request.put("address_id", null);
        request.put("zipcode", null);
        request.put("lat", rs.getDouble("lat"));
        request.put("long", rs.getDouble("lon"));
        request.put("media_url", rs.getObject("photo") == null ? null : publicUrl + "/fixamingata/rapporter/" + id + "/bilder/0");
        return request;
    }

    private static Map<String, Object> service(Category category) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.serviceCode());
        service.put("service_name", category.name());
        service.put("description", category.trafikverket() ? "Skickas till Trafikverket" : "");
        service.put("metadata", false);
        service.put("type", "realtime");
        service.put("keywords", "");
        service.put("group", category.trafikverket() ? "Trafikverket" : "");
        return service;
    }

    private Open311Format format(String format) {
        Open311Format f = Open311Format.parse(format);
        if (f == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "The format must be xml or json");
        }
        return f;
    }

    /** The organisation of a municipality that uses FixaMinGata, by its kommunkod. */
    /** kommunkod → organisation of a subscriber, for a minute: every Open311 read asks, and subscriptions change rarely. */
    private final java.util.concurrent.ConcurrentHashMap<String, long[]> jurisdictions = new java.util.concurrent.ConcurrentHashMap<>();

    private long jurisdiction(String kommunkod) {
        long[] known = kommunkod == null ? null : jurisdictions.get(kommunkod);
        if (known != null && known[1] > System.currentTimeMillis()) {
            return known[0];
        }
        long organisation = lookUpJurisdiction(kommunkod);
        jurisdictions.put(kommunkod, new long[]{organisation, System.currentTimeMillis() + 60_000});
        return organisation;
    }

    private long lookUpJurisdiction(String kommunkod) {
        if (kommunkod == null || kommunkod.isBlank()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "jurisdiction_id (the kommunkod) is required");
        }
        if (!kommunkod.matches("\\d{4}")) {
            throw new Refused(HttpStatus.BAD_REQUEST, "jurisdiction_id must be a kommunkod of four digits");
        }
        Optional<Long> organisation = municipalities.organisationId(kommunkod);
        if (organisation.isEmpty() || !access.mayUse(organisation.get(), FixaMinGata.SERVICE_CODE)) {
            throw new Refused(HttpStatus.NOT_FOUND, "Jurisdiction " + kommunkod + " does not use FixaMinGata");
        }
        return organisation.get();
    }

    private Category category(String code, long organisation) {
        long id = number(code, "service_code");
        return categories.find(id).filter(c -> c.organisationId() == organisation && c.active())
                .orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "No service " + code + " in this jurisdiction"));
    }

    private static String[] states(String status) {
        return java.util.Arrays.stream(ReportState.values())
                .filter(ReportState::isPublic)
                .filter(state -> status == null || status.isBlank() || state.open311Status().equalsIgnoreCase(status.strip()))
                .map(Enum::name).toArray(String[]::new);
    }

    private static long number(String value, String name) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException notANumber) {
            throw new Refused(HttpStatus.BAD_REQUEST, name + " must be a number");
        }
    }

    private static OffsetDateTime date(String value, String name) {
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new Refused(HttpStatus.BAD_REQUEST, name + " must be a W3C date and time, such as 2026-11-27T08:00:00+01:00");
        }
    }

    private static String required(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new Refused(HttpStatus.BAD_REQUEST, name + " is required");
        }
        check(value, name, max);
        return value.strip();
    }

    private static void check(String value, String name, int max) {
        if (value != null && (value.length() > max || value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'))) {
            throw new Refused(HttpStatus.BAD_REQUEST, name + " is too long or holds characters that are not allowed");
        }
    }
}
