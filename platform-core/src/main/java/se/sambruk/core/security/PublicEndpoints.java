package se.sambruk.core.security;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Everything anyone may reach without signing in, in one place. The security configuration
 * permits exactly these, and the security sweep of the tests fails for any handler that answers
 * an anonymous request without being listed here: making a page public means adding it here.
 * The patterns are Spring's path patterns, as Spring Security matches them.
 */
public final class PublicEndpoints {

    /** Pages and static resources, {@code GET} (and {@code HEAD}, which link checkers send) only. */
    public static final List<String> PAGES = List.of(
            "/", "/organisations", "/organisations/*", "/services", "/services/*", "/search", "/map.svg",
            "/login", "/setup", "/password/*", "/accessibility", "/developers", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
            // membership: the application form for organisations that want to join, and the calendar of
            // webinars and seminars, which calendar programs fetch without signing in
            "/membership", "/membership/apply", "/membership/apply/sent", "/membership/events.ics",
            // FixaMinGata: residents report street faults without an account (the staff pages below
            // /fixamingata/handlaggning stay gated); the report and its photos, timeline and RSS are public
            "/fixamingata", "/fixamingata/*.js", "/fixamingata/*.css", "/fixamingata/rapportera", "/fixamingata/utkast/*",
            "/fixamingata/utkast/*/andra", "/fixamingata/utkast/*/bilder/*", "/fixamingata/bekrafta/*", "/fixamingata/rapporter/*",
            "/fixamingata/rapporter/*/bilder/*", "/fixamingata/rapporter/*/rss", "/fixamingata/kommuner/*/rss",
            // the e-mailed link of a resident's held update: a page with the button that publishes it
            "/fixamingata/uppdateringar/bekrafta/*",
            // FixaMinGata: address search (places to choose from), the area's RSS, alerts by e-mail (the form, the
            // confirmation link and the unsubscribe link of every alert e-mail, which work without an account), and
            // the residents' optional accounts (not platform users: the controller checks the resident signed in by
            // an e-mailed link, kept in a session attribute of its own, and shows only that resident's reports)
            "/fixamingata/adress", "/fixamingata/omrade/rss", "/fixamingata/bevakningar/ny", "/fixamingata/bevakningar/bekrafta/*",
            "/fixamingata/bevakningar/avsluta/*", "/fixamingata/konto", "/fixamingata/konto/inloggning/*",
            "/fixamingata/konto/rapporter/*",
            // residents' e-services: the start page listing them, and signing in with e-legitimation (the choice of
            // provider, the request to it and its answer); every other path below /e-tjanster needs a signed-in resident
            "/e-tjanster", "/e-tjanster/logga-in", "/e-tjanster/logga-in/*", "/e-tjanster/logga-in/*/svar",
            // Bibblix: the children's pages (children have no platform account; the librarians' pages below
            // /bibblix/bibliotekarie stay gated): start, categories, age ranges, search, books, signing in with
            // the library card, my loans and opening a loan (the controller checks the card kept in the session)
            "/bibblix", "/bibblix/*.css", "/bibblix/kategorier/*", "/bibblix/alder/*", "/bibblix/sok", "/bibblix/bocker/*",
            "/bibblix/logga-in", "/bibblix/mina-lan", "/bibblix/lan/*/las",
            // Tillarbetslivet: the public page for workplaces and guardians (what prao, praktik and APL are, the rules
            // on minors' hours, how to offer a place); the coordinators' pages below /tillarbetslivet stay gated
            "/prao");

    /** Forms anyone may send, {@code POST} only: signing in, creating the first administrator with the one-time token, applying for membership, residents' reports. */
    public static final List<String> FORMS = List.of("/login", "/setup",
            // a user chooses their password by the one-time link e-mailed to them (PasswordLinkController)
            "/password/*",
            // an organisation applies for membership of the association
            "/membership/apply",
            // FixaMinGata: a resident's report (a draft, its revision, sending it, or adding it to a
            // nearby report), updates on a published report and their confirmation by the e-mailed token; CSRF-protected like every form
            "/fixamingata/rapportera", "/fixamingata/utkast/*", "/fixamingata/utkast/*/skicka", "/fixamingata/utkast/*/lagg-till",
            "/fixamingata/rapporter/*/uppdateringar", "/fixamingata/uppdateringar/bekrafta/*",
            // FixaMinGata: subscribing to an alert, confirming and unsubscribing by the e-mailed tokens; a resident asking for a
            // sign-in link, using it, signing out, editing or hiding their own report, stopping their alert and
            // deleting their account (each checked against the signed-in resident by the controller)
            "/fixamingata/bevakningar", "/fixamingata/bevakningar/bekrafta/*", "/fixamingata/bevakningar/avsluta/*", "/fixamingata/konto/inloggning",
            "/fixamingata/konto/inloggning/*", "/fixamingata/konto/utloggning", "/fixamingata/konto/rapporter/*",
            "/fixamingata/konto/rapporter/*/dolj", "/fixamingata/konto/bevakningar/*/avsluta", "/fixamingata/konto/radera",
            // residents: signing out (also after the session already ended)
            "/e-tjanster/logga-ut",
            // Bibblix: a child signs in with the library card (checked over SIP2), signs out and borrows (the
            // controller requires the card signed in); CSRF-protected like every form
            "/bibblix/logga-in", "/bibblix/logga-ut", "/bibblix/bocker/*/lana");

    /** The API's documentation, any method: OpenAPI and Swagger UI. */
    public static final List<String> API_DOCUMENTATION = List.of(
            "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**");

    /** The probes of load balancers and orchestrators, any method (details only for staff). */
    public static final List<String> HEALTH = List.of("/actuator/health", "/actuator/health/**");

    /**
     * The authorization server's token endpoint (the client authenticates in the request itself)
     * and its public keys, any method; the authorization server's own configuration guards them.
     */
    public static final List<String> AUTHORIZATION_SERVER = List.of("/oauth2/token", "/oauth2/jwks");

    /**
     * FixaMinGata's Open311 GeoReport v2 server, any method: reading is public by the standard, and
     * writing (POST requests, servicerequestupdates) is checked against the standard's api_key by
     * the server itself. A stateless chain of its own, without sessions or CSRF tokens.
     */
    public static final List<String> OPEN311 = List.of("/open311/v2/**");

    /**
     * The demo's test identity provider (only with {@code sambruk.demo.enabled}): an OpenID Connect
     * provider for made-up persons, any method; its token endpoint authenticates the client itself.
     */
    public static final List<String> TEST_IDENTITY_PROVIDER = List.of("/test-idp/**");

    private static final List<PathPattern> PAGE_PATTERNS = parse(PAGES);
    private static final List<PathPattern> FORM_PATTERNS = parse(FORMS);
    private static final List<PathPattern> ANY_METHOD_PATTERNS = parse(
            Stream.of(API_DOCUMENTATION, HEALTH, AUTHORIZATION_SERVER, OPEN311, TEST_IDENTITY_PROVIDER).flatMap(List::stream).toList());

    private PublicEndpoints() {
    }

    /** Whether a request with this method to this path (without context path or query) needs no signed-in user. */
    public static boolean isPublic(HttpMethod method, String path) {
        return matches(ANY_METHOD_PATTERNS, path)
                || ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && matches(PAGE_PATTERNS, path))
                || (HttpMethod.POST.equals(method) && matches(FORM_PATTERNS, path));
    }

    static String[] array(List<String> patterns) {
        return patterns.toArray(String[]::new);
    }

    private static boolean matches(List<PathPattern> patterns, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return patterns.stream().anyMatch(pattern -> pattern.matches(container));
    }

    private static List<PathPattern> parse(List<String> patterns) {
        return patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }
}
