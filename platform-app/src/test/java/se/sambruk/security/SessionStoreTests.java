package se.sambruk.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions live in PostgreSQL; concurrent requests of one session must not break each other. */
class SessionStoreTests extends PlatformTest {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void twoRequestsThatAddTheSameAttributeBothSucceed() {
        bothAddTheSameAttribute(sessions);
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
