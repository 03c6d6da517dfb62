package se.sambruk.core.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on demand and then kept for a fixed time, for figures that many requests
 * show and that change rarely. {@link #invalidate()} drops it at once. One thread at a time
 * computes it; the others wait for that result rather than all asking the database.
 * An invalidation that arrives while the value is being computed waits for the computation
 * and then drops its result, so a value read before a change is never kept after it.
 */
final class ExpiringValue<T> {

    private final Supplier<T> loader;
    private final Duration timeToLive;
    private final Clock clock;

    private volatile Entry<T> entry;

    ExpiringValue(Supplier<T> loader, Duration timeToLive, Clock clock) {
        this.loader = Objects.requireNonNull(loader);
        this.timeToLive = Objects.requireNonNull(timeToLive);
        this.clock = Objects.requireNonNull(clock);
    }

    T get() {
        Entry<T> current = entry;
        if (current != null && current.isFresh(clock.instant())) {
            return current.value();
        }
        synchronized (this) {
            Instant now = clock.instant();
            current = entry;
            if (current != null && current.isFresh(now)) {
                return current.value();
            }
            T value = loader.get();
            entry = new Entry<>(value, now.plus(timeToLive));
            return value;
        }
    }

    synchronized void invalidate() {
        entry = null;
    }

    private record Entry<T>(T value, Instant expires) {
        boolean isFresh(Instant now) {
            return now.isBefore(expires);
        }
    }
}
