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
import org.springframework.util.MultiValueMap;
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
import se.sambruk.fixamingata.EmailAddresses;
import se.sambruk.core.geo.Geocoder;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.CategoryQuestions;
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
 * come as the standard's error list with the HTTP status ({@link Open311Envelope} keeps the
 * framework's own errors in that format too). Also FixMyStreet's extension
 * {@code servicerequestupdates} (GET, and POST for back-ends that push updates) with its extended
 * statuses. Empty optional parameters ({@code start_date=}) count as absent.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    /** The standard's default list length ("the first 1000"), also the most one answer holds. */
    static final int MAX_REQUESTS = 1000;
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("^attribute\\[([^\\]]+)](\\[])?$");

    private final Municipalities municipalities;
    private final ServiceAccess access;
    private final Categories categories;
    private final CategoryQuestions questions;
    private final Reporting reporting;
    private final Reports reports;
    private final ApiKeys keys;
    private final Geocoder geocoder;
    private final JdbcTemplate jdbc;
    private final String publicUrl;
    private final long listCacheNanos;

    Open311Controller(Municipalities municipalities, ServiceAccess access, Categories categories, CategoryQuestions questions,
                      Reporting reporting, Reports reports, ApiKeys keys, Geocoder geocoder, JdbcTemplate jdbc,
                      @Value("${sambruk.fixamingata.open311-public-url:}") String publicUrl,
                      @Value("${sambruk.fixamingata.open311-list-cache:PT2S}") java.time.Duration listCache) {
        this.listCacheNanos = listCache.toNanos();
        this.municipalities = municipalities;
        this.access = access;
        this.categories = categories;
        this.questions = questions;
        this.reporting = reporting;
        this.reports = reports;
        this.keys = keys;
        this.geocoder = geocoder;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    /** A request the server refuses, in the standard's error format. */
    static final class Refused extends RuntimeException {
        final HttpStatus status;

        Refused(HttpStatus status, String description) {
            super(description, null, false, false);
            this.status = status;
        }
    }

    /**
     * Where this server is seen from: the setting {@code sambruk.fixamingata.open311-public-url}
     * when given, otherwise the request's own scheme, host and port (behind a proxy, as the
     * proxy's forwarded headers say when {@code server.forward-headers-strategy} trusts them).
     */
    private String base() {
        return publicUrl.isEmpty() ? org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .replaceQuery(null).toUriString().replaceAll("/+$", "") : publicUrl;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        Open311Format f = format(format);
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base() + "/open311/v2");
        endpoint.put("changeset", "2026-12-07T00:00:00Z");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", "2026-12-07T00:00:00Z");
        discovery.put("contact", "FixaMinGata, Sambruk: fixamingata@sambruk.se");
        discovery.put("key_service", "Kontakta Sambruk för en api_key.");
        discovery.put("max_requests", MAX_REQUESTS);
        discovery.put("endpoints", List.of(endpoint));
        return f.single("discovery", discovery);
    }

    @GetMapping("/services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format f = format(format);
        long organisation = jurisdiction(jurisdiction);
        Map<Long, List<CategoryQuestions.Question>> asked = questions.ofOrganisation(organisation);
        List<Map<String, Object>> services = new ArrayList<>();
        for (Category category : reporting.categoriesOf(organisation, jurisdiction.strip())) {
            services.add(service(category, !asked.getOrDefault(category.id(), List.of()).isEmpty()));
        }
        return f.list(HttpStatus.OK, "services", "service", services);
    }

    /** The category's extra questions as the standard's attributes: one object (JSON) or one {@code <service_definition>} (XML). */
    @GetMapping("/services/{code}.{format}")
    ResponseEntity<byte[]> serviceDefinition(@PathVariable String code, @PathVariable String format,
                                             @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format f = format(format);
        long organisation = jurisdiction(jurisdiction);
        Category category = service(code, organisation);
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (CategoryQuestions.Question question : questions.of(category.id())) {
            attributes.add(attribute(question));
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.serviceCode());
        definition.put("attributes", attributes);
        return f.single("service_definition", definition);
    }

    /** The attribute code of a question, as the back-ends receive its answers too ({@code attribute[question_12]}). */
    static String attributeCode(CategoryQuestions.Question question) {
        return "question_" + question.id();
    }

    private static Map<String, Object> attribute(CategoryQuestions.Question question) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", attributeCode(question));
        attribute.put("datatype", "string");
        attribute.put("required", question.required());
        attribute.put("datatype_description", "Fritext, högst 2000 tecken");
        attribute.put("order", question.position() + 1);
        attribute.put("description", question.label());
        attribute.put("values", List.of());
        return attribute;
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<byte[]> requests(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                    @RequestParam(name = "service_request_id", required = false) String ids,
                                    @RequestParam(name = "service_code", required = false) String serviceCode,
                                    @RequestParam(name = "start_date", required = false) String startDate,
                                    @RequestParam(name = "end_date", required = false) String endDate,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(name = "max_requests", required = false) String maxRequests,
                                    @RequestParam(required = false) String limit) {
        Open311Format f = format(format);
        long organisation = jurisdiction(jurisdiction);
        ids = given(ids);
        String base = base();
        String cacheKey = ids == null
                ? String.join("|", f.name(), base, jurisdiction, String.valueOf(given(serviceCode)), String.valueOf(given(startDate)),
                String.valueOf(given(endDate)), String.valueOf(given(status)), String.valueOf(given(maxRequests)), String.valueOf(given(limit))) : null;
        if (cacheKey != null) {
            KeptAnswers.Answer cached = answers.get(cacheKey);
            if (cached != null && cached.stamp() > System.nanoTime()) { // the stamp is when it expires
                return ResponseEntity.ok().contentType(MediaType.parseMediaType(cached.contentType())).body(cached.body());
            }
        }
        ResponseEntity<byte[]> answer = list(f, base, organisation, ids, given(serviceCode), given(startDate), given(endDate), given(status),
                given(maxRequests) != null ? given(maxRequests) : given(limit));
        if (cacheKey != null && answer.getStatusCode().is2xxSuccessful() && answer.getBody() != null) {
            answers.keep(cacheKey, new KeptAnswers.Answer(System.nanoTime() + listCacheNanos, answer.getBody(),
                    String.valueOf(answer.getHeaders().getContentType())));
        }
        return answer;
    }

    /** Rendered lists, kept briefly: apps and dashboards poll the same list again and again. */
    private final KeptAnswers answers = new KeptAnswers(64L * 1024 * 1024);

    private ResponseEntity<byte[]> list(Open311Format f, String base, long organisation, String ids, String serviceCodes, String startDate,
                                        String endDate, String status, String limit) {
        long asked = limit == null ? MAX_REQUESTS : number(limit, "max_requests");
        if (asked < 1) {
            throw new Refused(HttpStatus.BAD_REQUEST, "max_requests must be at least 1");
        }
        int max = (int) Math.min(MAX_REQUESTS, asked);
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (ids != null) {
            // the standard: with service_request_id the other filters are ignored
            List<Long> wanted = new ArrayList<>();
            for (String id : commaList(ids)) {
                wanted.add(number(id, "service_request_id"));
            }
            sql = REQUEST_SELECT + " where r.organisation_id = ? and r.state = any (?) and r.id = any (?) order by r.created_at desc, r.id desc limit " + max;
            parameters.addAll(List.of(organisation, publicStates(), wanted.toArray(Long[]::new)));
        } else {
            OffsetDateTime end = endDate == null ? OffsetDateTime.now() : date(endDate, "end_date");
            OffsetDateTime start = startDate == null ? end.minusDays(90) : date(startDate, "start_date");
            StringBuilder where = new StringBuilder(" and r.created_at >= ? and r.created_at <= ?");
            List<Object> whereParameters = new ArrayList<>(List.of(start, end));
            if (serviceCodes != null) {
                List<Long> wanted = new ArrayList<>();
                for (String code : commaList(serviceCodes)) {
                    wanted.add(categories.find(number(code, "service_code")).filter(c -> c.organisationId() == organisation)
                            .orElseThrow(() -> new Refused(HttpStatus.BAD_REQUEST, "service_code " + code + " is not a service of this jurisdiction"))
                            .id());
                }
                where.append(" and r.category_id = any (?)");
                whereParameters.add(wanted.toArray(Long[]::new));
            }
            if (status == null) {
                // nearly every report is published: walking the (organisation, created_at) index reads about one page
                sql = REQUEST_SELECT + " where r.organisation_id = ? and r.state not in ('DRAFT', 'UNCONFIRMED', 'HIDDEN')" + where
                        + " order by r.created_at desc, r.id desc limit " + max;
                parameters.add(organisation);
                parameters.addAll(whereParameters);
            } else {
                String newest = NewestFirst.ids(organisation, states(status), where.toString(), whereParameters, max, parameters);
                sql = REQUEST_SELECT.replace("from fixamingata.report r", "from (" + newest + ") newest join fixamingata.report r on r.id = newest.id")
                        + " order by r.created_at desc, r.id desc";
            }
        }
        return f.list(HttpStatus.OK, "service_requests", "request", jdbc.query(sql, (rs, i) -> request(rs, base), parameters.toArray()));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format,
                                   @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format f = format(format);
        long organisation = jurisdiction(jurisdiction);
        Long wanted = id.strip().matches("\\d{1,18}") ? Long.valueOf(id.strip()) : null;
        List<Map<String, Object>> found = wanted == null ? List.of() : jdbc.query(
                REQUEST_SELECT + " where r.id = ? and r.organisation_id = ? and r.state = any (?)",
                (rs, i) -> request(rs, base()), wanted, organisation, publicStates());
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

    /**
     * A new request from an app or another Open311 client. The location is {@code lat}/{@code long}
     * or else {@code address_string} (or {@code address_id}) placed by the address search; e-mail
     * and description are optional, as in the standard; the service's required attributes are not.
     */
    @PostMapping("/requests.{format}")
    ResponseEntity<byte[]> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
        Open311Format f = format(format);
        ApiKeys.Holder holder = keys.holder(given(form.getFirst("api_key")))
                .orElseThrow(() -> new Refused(HttpStatus.FORBIDDEN, "Invalid api_key"));
        String serviceCode = given(form.getFirst("service_code"));
        if (serviceCode == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "service_code is required");
        }
        String addressString = optional(form.getFirst("address_string"), "address_string", 500);
        String addressId = optional(form.getFirst("address_id"), "address_id", 100);
        Coordinates point = point(given(form.getFirst("lat")), given(form.getFirst("long")), addressString, addressId);
        Reporting.Location location = reporting.locate(point.lat(), point.lon());
        if (!(location instanceof Reporting.Location.Served served)) {
            throw new Refused(HttpStatus.BAD_REQUEST, location instanceof Reporting.Location.NotUsingService other
                    ? "The location is in " + other.municipality().name() + ", which does not use FixaMinGata"
                    : "The location is outside Sweden");
        }
        String jurisdiction = given(form.getFirst("jurisdiction_id"));
        if (jurisdiction != null && !jurisdiction.equals(served.municipality().kommunkod())) {
            throw new Refused(HttpStatus.BAD_REQUEST, "The location is not in jurisdiction " + jurisdiction);
        }
        if (holder.organisationId() != null && holder.organisationId() != served.organisationId()) {
            throw new Refused(HttpStatus.FORBIDDEN, "The api_key does not belong to this jurisdiction");
        }
        reporting.categoriesOf(served.organisationId(), served.municipality().kommunkod());
        Category category = categories.find(serviceCode.matches("\\d{1,18}") ? Long.parseLong(serviceCode) : -1)
                .filter(c -> c.organisationId() == served.organisationId() && c.active())
                .orElseThrow(() -> new Refused(HttpStatus.BAD_REQUEST, "service_code " + serviceCode + " is not a service of this jurisdiction"));
        String text = optionalText(form.getFirst("description"), "description", 5000);
        String email = given(form.getFirst("email")) == null ? null : form.getFirst("email").strip();
        if (email != null && !EmailAddresses.valid(email)) {
            throw new Refused(HttpStatus.BAD_REQUEST, "email is not an e-mail address");
        }
        String name = (String.valueOf(optional(form.getFirst("first_name"), "first_name", 100)) + " "
                + String.valueOf(optional(form.getFirst("last_name"), "last_name", 100))).replace("null", "").strip();
        String phone = optional(form.getFirst("phone"), "phone", 40);
        String title = optional(form.getFirst("title"), "title", 200);
        String mediaUrl = optional(form.getFirst("media_url"), "media_url", 2000);
        if (mediaUrl != null && !mediaUrl.matches("(?i)^https?://[^\\s]+$")) {
            throw new Refused(HttpStatus.BAD_REQUEST, "media_url must be an http or https URL");
        }
        Reporting.AppDetails details = new Reporting.AppDetails(addressString, addressId, optional(form.getFirst("device_id"), "device_id", 100),
                optional(form.getFirst("account_id"), "account_id", 100), mediaUrl);
        Map<CategoryQuestions.Question, String> answered = answers(category, form);
        String heading = title != null ? title : text.isEmpty() ? category.name() : text.lines().findFirst().orElse(text).strip();
        heading = heading.length() > 200 ? heading.substring(0, 200) : heading;
        Report report = reporting.publish(new NewReport(served.organisationId(), served.municipality().kommunkod(), category.id(),
                point.lat(), point.lon(), heading, text, name.isEmpty() ? "Anonym" : name, email == null ? "" : email, phone, false, "app"),
                details, answered);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", String.valueOf(report.id()));
        answer.put("service_notice", "");
        answer.put("account_id", details.accountId());
        return f.list(HttpStatus.CREATED, "service_requests", "request", List.of(answer));
    }

    /** The point given, or the one the address search finds for the address; a clear refusal when there is none. */
    private Coordinates point(String lat, String lon, String addressString, String addressId) {
        if (lat != null || lon != null) {
            return Coordinates.parse(lat, lon).orElseThrow(() -> new Refused(HttpStatus.BAD_REQUEST,
                    "lat and long must both be given, as decimal degrees (WGS84)"));
        }
        String address = addressString != null ? addressString : addressId;
        String which = addressString != null ? "address_string" : "address_id";
        if (address == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "A location is required: lat and long, address_string or address_id");
        }
        if (!geocoder.enabled()) {
            throw new Refused(HttpStatus.BAD_REQUEST, which + " cannot be placed on this server (no address search): give lat and long");
        }
        try {
            List<Geocoder.Place> places = geocoder.search(address);
            if (places.isEmpty()) {
                throw new Refused(HttpStatus.BAD_REQUEST, which + " \"" + address + "\" could not be placed: give lat and long");
            }
            return new Coordinates(places.get(0).lat(), places.get(0).lon());
        } catch (Geocoder.Unavailable unavailable) {
            throw new Refused(HttpStatus.SERVICE_UNAVAILABLE, "The address search does not answer now: give lat and long, or try again later");
        }
    }

    /** The answers to the category's questions, {@code attribute[question_<id>]}; other attribute codes are ignored. */
    private Map<CategoryQuestions.Question, String> answers(Category category, MultiValueMap<String, String> form) {
        Map<String, String> given = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            java.util.regex.Matcher attribute = ATTRIBUTE.matcher(name);
            if (attribute.matches()) {
                String value = String.join(", ", values.stream().map(Open311Controller::given).filter(java.util.Objects::nonNull).toList());
                given.put(attribute.group(1), value);
            }
        });
        Map<CategoryQuestions.Question, String> answered = new LinkedHashMap<>();
        for (CategoryQuestions.Question question : questions.of(category.id())) {
            String code = attributeCode(question);
            String answer = optionalText(given.get(code), "attribute[" + code + "]", 2000);
            if (answer.isEmpty() && question.required()) {
                throw new Refused(HttpStatus.BAD_REQUEST, "attribute[" + code + "] (" + question.label() + ") is required");
            }
            answered.put(question, answer);
        }
        return answered;
    }

    @GetMapping("/servicerequestupdates.{format}")
    ResponseEntity<byte[]> updates(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                   @RequestParam(name = "start_date", required = false) String startDate,
                                   @RequestParam(name = "end_date", required = false) String endDate) {
        Open311Format f = format(format);
        long organisation = jurisdiction(jurisdiction);
        OffsetDateTime end = given(endDate) == null ? OffsetDateTime.now() : date(endDate, "end_date");
        OffsetDateTime start = given(startDate) == null ? end.minusDays(1) : date(startDate, "start_date");
        String base = base();
        // the state at each update: its own, else the last one set before it, else (no update set one) the report's
        List<Map<String, Object>> updates = jdbc.query("""
                select u.id, u.report_id, u.created_at, u.kind, u.text, u.media_url, u.external_status_code, r.state as report_state,
                  coalesce(u.state,
                    (select b.state from fixamingata.report_update b where b.report_id = u.report_id and b.state is not null
                       and (b.created_at, b.id) < (u.created_at, u.id) order by b.created_at desc, b.id desc limit 1),
                    case when exists (select 1 from fixamingata.report_update a where a.report_id = u.report_id and a.state is not null)
                      then 'CONFIRMED' else r.state end) as state_then,
                  (select min(p.position) from fixamingata.report_photo p where p.report_id = u.report_id and not p.hidden) as photo
                from fixamingata.report_update u join fixamingata.report r on r.id = u.report_id
                where u.organisation_id = ? and not u.internal and not u.hidden and u.created_at >= ? and u.created_at <= ?
                  and r.state = any (?)
                order by u.created_at, u.id limit 1000""", (rs, i) -> {
            Map<String, Object> update = new LinkedHashMap<>();
            ReportState state = ReportState.parse(rs.getString("state_then"));
            update.put("update_id", String.valueOf(rs.getLong("id")));
            update.put("service_request_id", String.valueOf(rs.getLong("report_id")));
            update.put("status", Open311Statuses.extended(state == null || !state.isPublic() ? ReportState.valueOf(rs.getString("report_state")) : state));
            update.put("updated_datetime", W3C.format(rs.getTimestamp("created_at").toInstant().atZone(Times.STOCKHOLM)));
            update.put("description", rs.getString("text"));
            String media = rs.getString("media_url");
            update.put("media_url", media != null ? media
                    : rs.getObject("photo") == null ? "" : base + "/fixamingata/rapporter/" + rs.getLong("report_id") + "/bilder/" + rs.getInt("photo"));
            update.put("external_status_code", rs.getString("external_status_code") == null ? "" : rs.getString("external_status_code"));
            return update;
        }, organisation, start, end, publicStates());
        return f.list(HttpStatus.OK, "service_request_updates", "request_update", updates);
    }

    /**
     * A back-end pushes an update for one of its municipality's reports, as FixMyStreet's client
     * does: {@code update_id} (or {@code update_id_ext}) once only, {@code status} open/closed or an
     * extended status (also {@code REOPEN} and {@code FOR_TRIAGE}), its own {@code updated_datetime},
     * {@code media_url} and {@code external_status_code}.
     */
    @PostMapping("/servicerequestupdates.{format}")
    ResponseEntity<byte[]> pushUpdate(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
        Open311Format f = format(format);
        ApiKeys.Holder holder = keys.holder(given(form.getFirst("api_key"))).orElseThrow(() -> new Refused(HttpStatus.FORBIDDEN, "Invalid api_key"));
        if (holder.organisationId() == null) {
            throw new Refused(HttpStatus.FORBIDDEN, "Only a municipality's back-end may post updates");
        }
        String requestId = given(form.getFirst("service_request_id"));
        if (requestId == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "service_request_id is required");
        }
        Report report = (requestId.matches("\\d{1,18}") ? reports.findOfOrganisation(Long.parseLong(requestId), holder.organisationId())
                : Optional.<Report>empty()).filter(r -> r.state().isPublic())
                .orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "No service request " + requestId));
        String updateId = given(form.getFirst("update_id")) != null ? form.getFirst("update_id") : form.getFirst("update_id_ext");
        String external = optional(updateId, "update_id", 100);
        if (external == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "update_id is required");
        }
        String status = given(form.getFirst("status"));
        if (status == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "status is required");
        }
        String externalStatus = optional(form.getFirst("external_status_code"), "external_status_code", 100);
        ReportState state = Open311Statuses.fromOpen311(status, externalStatus, report.state());
        if (state == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "status must be one of " + Open311Statuses.known());
        }
        String description = optionalText(form.getFirst("description"), "description", 5000);
        String mediaUrl = optional(form.getFirst("media_url"), "media_url", 2000);
        if (mediaUrl != null && !mediaUrl.matches("(?i)^https?://[^\\s]+$")) {
            throw new Refused(HttpStatus.BAD_REQUEST, "media_url must be an http or https URL");
        }
        String when = given(form.getFirst("updated_datetime"));
        java.time.Instant at = when == null ? null : date(when, "updated_datetime").toInstant();
        if (at != null && at.isAfter(java.time.Instant.now().plusSeconds(300))) {
            throw new Refused(HttpStatus.BAD_REQUEST, "updated_datetime is in the future");
        }
        if (!reporting.backendUpdate(report, new Reporting.BackendNews(external, state, description, at, mediaUrl, externalStatus))) {
            throw new Refused(HttpStatus.BAD_REQUEST, "update_id " + external + " was already received");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("update_id", external);
        return f.list(HttpStatus.OK, "service_request_updates", "request_update", List.of(answer));
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(Refused.class)
    ResponseEntity<byte[]> refused(Refused refused, jakarta.servlet.http.HttpServletRequest request) {
        request.setAttribute(Open311Envelope.ANSWERED, true);
        return Open311Format.ofPath(request.getRequestURI()).error(refused.status, refused.getMessage());
    }

    static final String REQUEST_SELECT = """
            select r.id, r.state, r.title, r.detail, r.detail_hidden, r.lat, r.lon, r.created_at, r.updated_at, r.category_id, c.name as category,
              r.address_string, r.address_id, r.media_url,
              (select min(p.position) from fixamingata.report_photo p where p.report_id = r.id and not p.hidden) as photo
            from fixamingata.report r join fixamingata.category c on c.id = r.category_id""";

    /** A service request in the standard's fields and order (GeoReport v2, GET requests). */
    private static Map<String, Object> request(java.sql.ResultSet rs, String base) throws java.sql.SQLException {
        Map<String, Object> request = new LinkedHashMap<>();
        long id = rs.getLong("id");
        ReportState state = ReportState.valueOf(rs.getString("state"));
        String detail = rs.getString("detail");
        request.put("service_request_id", String.valueOf(id));
        request.put("status", state.open311Status());
        request.put("status_notes", null);
        request.put("service_name", rs.getString("category"));
        request.put("service_code", String.valueOf(rs.getLong("category_id")));
        request.put("description", rs.getBoolean("detail_hidden") ? "" : detail == null || detail.isBlank() ? rs.getString("title") : detail);
        request.put("agency_responsible", null);
        request.put("service_notice", null);
        request.put("requested_datetime", W3C.format(rs.getTimestamp("created_at").toInstant().atZone(Times.STOCKHOLM)));
        request.put("updated_datetime", W3C.format(rs.getTimestamp("updated_at").toInstant().atZone(Times.STOCKHOLM)));
        request.put("expected_datetime", null);
        request.put("address", rs.getString("address_string"));
        request.put("address_id", rs.getString("address_id"));
        request.put("zipcode", null);
        request.put("lat", rs.getDouble("lat"));
        request.put("long", rs.getDouble("lon"));
        request.put("media_url", rs.getObject("photo") != null ? base + "/fixamingata/rapporter/" + id + "/bilder/" + rs.getInt("photo")
                : rs.getString("media_url"));
        return request;
    }

    private static Map<String, Object> service(Category category, boolean hasQuestions) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.serviceCode());
        service.put("service_name", category.name());
        service.put("description", category.trafikverket() ? "Skickas till Trafikverket" : "");
        service.put("metadata", hasQuestions);
        service.put("type", "realtime");
        service.put("keywords", "");
        service.put("group", category.trafikverket() ? "Trafikverket" : "");
        return service;
    }

    private Open311Format format(String format) {
        Open311Format f = Open311Format.parse(format);
        if (f == null) {
            throw new Refused(HttpStatus.NOT_FOUND, "Not found: the path must end in .xml or .json");
        }
        return f;
    }

    /** kommunkod → organisation of a subscriber, for a minute: every Open311 read asks, and subscriptions change rarely. */
    private final java.util.concurrent.ConcurrentHashMap<String, long[]> jurisdictions = new java.util.concurrent.ConcurrentHashMap<>();

    /** The organisation of a municipality that uses FixaMinGata, by its kommunkod; 404 for any other jurisdiction_id. */
    private long jurisdiction(String kommunkod) {
        String code = given(kommunkod);
        if (code == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "jurisdiction_id (the kommunkod) is required");
        }
        long[] known = jurisdictions.get(code);
        if (known != null && known[1] > System.currentTimeMillis()) {
            return known[0];
        }
        long organisation = lookUpJurisdiction(code);
        jurisdictions.put(code, new long[]{organisation, System.currentTimeMillis() + 60_000});
        return organisation;
    }

    private long lookUpJurisdiction(String kommunkod) {
        Optional<Long> organisation = kommunkod.matches("\\d{4}") ? municipalities.organisationId(kommunkod) : Optional.empty();
        if (organisation.isEmpty() || !access.mayUse(organisation.get(), FixaMinGata.SERVICE_CODE)) {
            throw new Refused(HttpStatus.NOT_FOUND, "Jurisdiction " + kommunkod + " is not a municipality that uses FixaMinGata");
        }
        return organisation.get();
    }

    /** The service of {@code services/{code}}: 404 when the jurisdiction has no such active service. */
    private Category service(String code, long organisation) {
        return (code.matches("\\d{1,18}") ? categories.find(Long.parseLong(code)) : Optional.<Category>empty())
                .filter(c -> c.organisationId() == organisation && c.active())
                .orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "No service " + code + " in this jurisdiction"));
    }

    private static String[] publicStates() {
        return java.util.Arrays.stream(ReportState.values()).filter(ReportState::isPublic).map(Enum::name).toArray(String[]::new);
    }

    /** The states of a {@code status} list ({@code open}, {@code closed} or both, comma-separated); anything else is refused. */
    private static List<ReportState> states(String status) {
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
        for (String each : commaList(status)) {
            String one = each.toLowerCase(java.util.Locale.ROOT);
            if (!one.equals("open") && !one.equals("closed")) {
                throw new Refused(HttpStatus.BAD_REQUEST, "status must be open or closed, or both comma-separated (not " + each + ")");
            }
            wanted.add(one);
        }
        return java.util.Arrays.stream(ReportState.values()).filter(ReportState::isPublic)
                .filter(state -> wanted.contains(state.open311Status())).toList();
    }

    /** The values of a comma-separated list, stripped; empty entries are refused. */
    private static List<String> commaList(String value) {
        List<String> values = new ArrayList<>();
        for (String each : value.split(",", -1)) {
            if (each.isBlank()) {
                throw new Refused(HttpStatus.BAD_REQUEST, "An empty entry in the comma-separated list \"" + value + "\"");
            }
            values.add(each.strip());
        }
        if (values.size() > MAX_REQUESTS) {
            throw new Refused(HttpStatus.BAD_REQUEST, "At most " + MAX_REQUESTS + " values in one list");
        }
        return values;
    }

    /** The parameter, or null when it is absent or empty: the standard's optional parameters may come as {@code name=}. */
    static String given(String value) {
        return value == null || value.isBlank() ? null : value;
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

    /** An optional one-line value: null when absent or empty, refused when too long or holding control characters. */
    private static String optional(String value, String name, int max) {
        String stripped = given(value) == null ? null : value.strip();
        if (stripped != null && (stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl))) {
            throw new Refused(HttpStatus.BAD_REQUEST, name + " is too long or holds characters that are not allowed");
        }
        return stripped;
    }

    /** An optional text of several lines: empty when absent, refused when too long or holding control characters other than line breaks and tabs. */
    private static String optionalText(String value, String name, int max) {
        String stripped = given(value) == null ? "" : value.strip();
        if (stripped.length() > max || stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new Refused(HttpStatus.BAD_REQUEST, name + " is too long or holds characters that are not allowed");
        }
        return stripped;
    }
}
