package se.sambruk.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A session repository in front of another that saves a session only when something worth
 * storing changed. Spring Session sets the last access time on every request, and its stores
 * write it each time: an UPDATE in a transaction of its own for every page. Here the time is
 * passed on when it has moved by {@code writeInterval} or more, so the stored expiry may be that
 * much early; any other change (attributes, a new id, the timeout) is saved at once, in one
 * transaction. Works with the store's default save mode (on setting an attribute).
 */
final class ThrottledLastAccessSessions<S extends Session>
        implements FindByIndexNameSessionRepository<ThrottledLastAccessSessions.Tracked<S>> {

    private final FindByIndexNameSessionRepository<S> store;
    private final TransactionOperations transactions;
    private final Duration writeInterval;

    ThrottledLastAccessSessions(FindByIndexNameSessionRepository<S> store, TransactionOperations transactions,
                                Duration writeInterval) {
        this.store = store;
        this.transactions = transactions;
        this.writeInterval = writeInterval;
    }

    @Override
    public Tracked<S> createSession() {
        return new Tracked<>(store.createSession(), writeInterval, true);
    }

    @Override
    public void save(Tracked<S> session) {
        if (session.changed) {
            transactions.executeWithoutResult(status -> store.save(session.stored));
            session.changed = false;
        }
    }

    @Override
    public Tracked<S> findById(String id) {
        S found = store.findById(id);
        return found == null ? null : new Tracked<>(found, writeInterval, false);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, Tracked<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Tracked<S>> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Tracked<>(session, writeInterval, false)));
        return found;
    }

    /** A stored session that remembers whether it has changed since it was read. */
    static final class Tracked<S extends Session> implements Session {

        private final S stored;
        private final Duration writeInterval;
        private boolean changed;

        private Tracked(S stored, Duration writeInterval, boolean isNew) {
            this.stored = stored;
            this.writeInterval = writeInterval;
            this.changed = isNew;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(writeInterval))) {
                stored.setLastAccessedTime(lastAccessedTime);
                changed = true;
            }
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
