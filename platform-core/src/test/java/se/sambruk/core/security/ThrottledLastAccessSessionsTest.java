package se.sambruk.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottledLastAccessSessionsTest {

    /** A store that keeps copies, as a database would, and counts its writes. */
    static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {
        final Map<String, MapSession> rows = new HashMap<>();
        final List<String> writes = new ArrayList<>();

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            writes.add(session.getId());
            rows.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            MapSession row = rows.get(id);
            return row == null ? null : new MapSession(row);
        }

        @Override
        public void deleteById(String id) {
            rows.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    CountingStore store;
    ThrottledLastAccessSessions<MapSession> sessions;
    String id;
    Instant created;

    @BeforeEach
    void aSavedSession() {
        store = new CountingStore();
        sessions = new ThrottledLastAccessSessions<>(store, TransactionOperations.withoutTransaction(), Duration.ofMinutes(1));
        var session = sessions.createSession();
        created = session.getLastAccessedTime();
        session.setAttribute("user", "ale");
        sessions.save(session);
        id = session.getId();
        store.writes.clear();
    }

    @Test
    void aNewSessionIsSavedWithItsAttributes() {
        assertThat(store.rows.get(id).<String>getAttribute("user")).isEqualTo("ale");
    }

    @Test
    void accessWithinTheIntervalWritesNothing() {
        var session = sessions.findById(id);
        session.setLastAccessedTime(created.plusSeconds(59));
        sessions.save(session);
        assertThat(store.writes).isEmpty();
        assertThat(store.rows.get(id).getLastAccessedTime()).isEqualTo(created);
    }

    @Test
    void accessAfterTheIntervalIsWritten() {
        var session = sessions.findById(id);
        session.setLastAccessedTime(created.plusSeconds(60));
        sessions.save(session);
        assertThat(store.writes).containsExactly(id);
        assertThat(store.rows.get(id).getLastAccessedTime()).isEqualTo(created.plusSeconds(60));
    }

    @Test
    void anyOtherChangeIsWrittenAtOnce() {
        var changedAttribute = sessions.findById(id);
        changedAttribute.setLastAccessedTime(created.plusSeconds(5));
        changedAttribute.setAttribute("csrf", "token");
        sessions.save(changedAttribute);

        var removedAttribute = sessions.findById(id);
        removedAttribute.removeAttribute("user");
        sessions.save(removedAttribute);

        var newTimeout = sessions.findById(id);
        newTimeout.setMaxInactiveInterval(Duration.ofMinutes(5));
        sessions.save(newTimeout);

        assertThat(store.writes).hasSize(3);
        MapSession row = store.rows.get(id);
        assertThat(row.getAttributeNames()).containsExactly("csrf");
        assertThat(row.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aSavedSessionIsNotWrittenAgainUnlessItChangesAgain() {
        var session = sessions.findById(id);
        session.setAttribute("csrf", "token");
        sessions.save(session);
        sessions.save(session);
        assertThat(store.writes).hasSize(1);
    }

    @Test
    void anUnknownIdIsNoSession() {
        assertThat(sessions.findById("no-such-session")).isNull();
    }
}
