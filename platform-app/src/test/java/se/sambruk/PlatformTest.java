package se.sambruk;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.servlet.http.Cookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import gatecheck.GateCheckModule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The whole application on its embedded PostgreSQL with the demo data, driven through MockMvc
 * with the real security filter chains. Every test class that extends it shares one context,
 * which also serves HTTP on a random port for the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({GateCheckModule.class, residentcheck.ResidentCheckModule.class})
public abstract class PlatformTest {

    public static final String DEMO_PASSWORD = "sambruk-demo";

    @Autowired
    protected MockMvc mvc;

    @BeforeAll
    static void requireDatabase() {
        TestDatabase.assumeAvailable();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        // FixaMinGata's address search against a local fake Nominatim; quick to give up, no pause between searches
        registry.add("sambruk.fixamingata.geocoder.url", se.sambruk.fixamingata.FakeNominatim::url);
        // the outgoing-URL guard refuses 127.0.0.1: the fake is allowed by its host and port, as an operator would
        registry.add("sambruk.http.allowed-internal-hosts", () -> java.net.URI.create(se.sambruk.fixamingata.FakeNominatim.url()).getAuthority());
        registry.add("sambruk.fixamingata.geocoder.timeout", () -> "PT1S");
        // every test's requests come from 127.0.0.1, and the sweeps send hundreds of bad sign-ins: the
        // throttle by address alone would slow every later test down (its rule has a unit test)
        registry.add("sambruk.security.failed-logins-per-address", () -> "1000000");
        // likewise the limits of public forms that send mail, for 127.0.0.1 only: the flood tests send from other addresses
        registry.add("sambruk.public-forms.exempt-addresses", () -> "127.0.0.1");
        registry.add("sambruk.fixamingata.geocoder.min-interval", () -> "PT0S");
        // residents' sign-in: a local e-identification broker (personnummer in the OID claim) and one that is down
        registry.add("sambruk.residents.providers.fake.label", () -> "Kommunens broker (test)");
        registry.add("sambruk.residents.providers.fake.issuer", se.sambruk.residents.FakeBroker::issuer);
        registry.add("sambruk.residents.providers.fake.client-id", () -> se.sambruk.residents.FakeBroker.CLIENT_ID);
        registry.add("sambruk.residents.providers.fake.client-secret", () -> se.sambruk.residents.FakeBroker.CLIENT_SECRET);
        registry.add("sambruk.residents.providers.fake.personal-identity-number-claims", () -> se.sambruk.residents.FakeBroker.PNR_CLAIM);
        registry.add("sambruk.residents.providers.down.label", () -> "Nedlagd broker (test)");
        registry.add("sambruk.residents.providers.down.issuer", () -> "http://127.0.0.1:9/broker");
        registry.add("sambruk.residents.providers.down.client-id", () -> "nobody");
        registry.add("sambruk.residents.providers.down.timeout", () -> "PT1S");
    }

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected se.sambruk.core.http.OutgoingUrls outgoingUrls;

    /**
     * Lets the application call a test's fake server on 127.0.0.1 (the outgoing-URL guard refuses
     * internal addresses): its host and port only, as the operator setting would. Returns the URL.
     */
    protected String allowFake(String url) {
        outgoingUrls.allowInternalHost(java.net.URI.create(url).getAuthority());
        return url;
    }

    /** The session cookie (sessions live in the database, Spring Session JDBC). */
    public static final String SESSION_COOKIE = "SAMBRUK_SESSION";

    /** Signs in through the real login form and returns the session cookie. */
    protected Cookie login(String username) throws Exception {
        return login(username, DEMO_PASSWORD);
    }

    protected Cookie login(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("login of %s", username).isEqualTo("/");
        Cookie session = result.getResponse().getCookie(SESSION_COOKIE);
        assertThat(session).as("session cookie of %s in %s / %s", username, result.getResponse().getHeaderNames(),
                result.getResponse().getHeaders("Set-Cookie")).isNotNull();
        return session;
    }

    protected long organisationId(String name) {
        return jdbc.queryForObject("select id from core.organisation where name = ?", Long.class, name);
    }

    protected long userId(String username) {
        return jdbc.queryForObject("select id from core.app_user where username = ?", Long.class, username);
    }
}
