package se.sambruk.core.residents.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** The resident's idle timeout, and a form posted after it kept for the same resident. */
class ResidentSessionTest {

    static final Instant START = Instant.parse("2026-12-07T03:00:00Z");

    static class MovingClock extends Clock {
        Instant now = START;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock();
    final ResidentSession sessions = new ResidentSession(new ResidentSettings(null, null, null), clock);
    final MockHttpSession session = new MockHttpSession();

    MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setSession(session);
        return request;
    }

    void signIn() {
        sessions.signIn(request("GET", "/e-tjanster/logga-in/test/svar"),
                new SignedInResident(7, "198507099805", "Anna", "Testsson", false, "test", START, START));
    }

    @Test
    void aResidentIsSignedOutAfterFifteenIdleMinutesAndEachRequestCounts() {
        signIn();
        clock.now = START.plus(Duration.ofMinutes(10));
        assertThat(sessions.current(request("GET", "/e-tjanster"))).isPresent();
        clock.now = START.plus(Duration.ofMinutes(24));
        assertThat(sessions.current(request("GET", "/e-tjanster"))).as("14 minutes after the last request").isPresent();
        clock.now = START.plus(Duration.ofMinutes(39));
        MockHttpServletRequest late = request("GET", "/e-tjanster");
        assertThat(sessions.current(late)).isEmpty();
        assertThat(sessions.endedResident(late)).contains(7L);
    }

    @Test
    void aFormPostedAfterTheTimeoutIsKeptForTheSameResident() throws Exception {
        signIn();
        clock.now = START.plus(Duration.ofMinutes(16));
        MockHttpServletRequest post = request("POST", "/e-tjanster/provisum/arsrakning");
        post.setParameter("belopp", "1000");
        post.setParameter("_csrf", "token");
        assertThat(sessions.current(post)).isEmpty();
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ResidentEntryPoint(sessions).commence(post, response, null);

        assertThat(response.getRedirectedUrl()).isEqualTo("/e-tjanster/logga-in?fortsatt=%2Fe-tjanster%2Ffortsatt&utgangen");
        KeptForm kept = sessions.keptForm(request("GET", "/")).orElseThrow();
        assertThat(kept.path()).isEqualTo("/e-tjanster/provisum/arsrakning");
        assertThat(kept.fields()).isEqualTo(Map.of("belopp", java.util.List.of("1000")));
        assertThat(kept.residentId()).isEqualTo(7L);
    }

    @Test
    void aPageAskedForWithoutAResidentReturnsThereAfterSigningIn() throws Exception {
        MockHttpServletRequest get = request("GET", "/e-tjanster/provisum/arsrakning");
        get.setQueryString("ar=2026");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ResidentEntryPoint(sessions).commence(get, response, null);
        assertThat(response.getRedirectedUrl()).isEqualTo("/e-tjanster/logga-in?fortsatt=%2Fe-tjanster%2Fprovisum%2Farsrakning%3Far%3D2026");
    }

    @Test
    void onlyResidentPathsAreReturnedTo() {
        assertThat(ReturnPath.of("/e-tjanster/provisum")).isEqualTo("/e-tjanster/provisum");
        for (String bad : new String[] {"https://evil.example", "//evil.example", "/admin", "/e-tjanster//evil", "/e-tjanster\\x",
                "/e-tjanster/../admin", "/e-tjanster/logga-ut", null, "/e-tjanster/a\nb"}) {
            assertThat(ReturnPath.of(bad)).as(String.valueOf(bad)).isEqualTo("/e-tjanster");
        }
    }
}
