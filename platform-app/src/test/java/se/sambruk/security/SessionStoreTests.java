package se.sambruk.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions live in PostgreSQL; concurrent requests of one session must not break each other. */
class SessionStoreTests extends PlatformTest {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void twoRequestsThatAddTheSameAttributeBothSucceed() {
        bothAddTheSameAttribute(sessions);
    }

    /** Signed-in pages read the session; they write it only when it changed, or a minute on. */
    @Test
    void pagesDoNotWriteTheSessionOnEveryRequest() throws Exception {
        Cookie session = login("malmo");
        String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
        Long stored = lastAccess(id);
        assertThat(jdbc.queryForObject("select max_inactive_interval from core.spring_session where session_id = ?", Integer.class, id))
                .as("server.servlet.session.timeout, 30 minutes").isEqualTo(1800);

        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isForbidden()); // signed in, not staff
        mvc.perform(get("/notifications").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(id)).as("last access time written again within a minute").isEqualTo(stored);

        mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from core.spring_session where session_id = ?", Long.class, id))
                .as("session deleted at logout").isZero();
    }

    private Long lastAccess(String sessionId) {
        return jdbc.queryForObject("select last_access_time from core.spring_session where session_id = ?", Long.class, sessionId);
    }

    /** Two requests load the session before either saves it, and both add the CSRF token. */
    private static <S extends Session> void bothAddTheSameAttribute(SessionRepository<S> repository) {
        S created = repository.createSession();
        repository.save(created);
        S first = repository.findById(created.getId());
        S second = repository.findById(created.getId());
        first.setAttribute("token", "one");
        second.setAttribute("token", "two");
        repository.save(first);
        repository.save(second); // without the upsert: duplicate key on core.spring_session_attributes
        assertThat(repository.findById(created.getId()).<String>getAttribute("token")).isEqualTo("two");
        repository.deleteById(created.getId());
    }
}
