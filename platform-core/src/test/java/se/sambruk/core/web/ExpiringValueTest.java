package se.sambruk.core.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringValueTest {

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger loads = new AtomicInteger();
    private final ExpiringValue<Integer> value = new ExpiringValue<>(loads::incrementAndGet, Duration.ofSeconds(10), clock);

    @Test
    void keepsTheValueForItsTimeToLive() {
        assertThat(value.get()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(9));
        assertThat(value.get()).isEqualTo(1);
        assertThat(loads).hasValue(1);
    }

    @Test
    void computesAgainOnceExpired() {
        assertThat(value.get()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(10));
        assertThat(value.get()).isEqualTo(2);
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void invalidateComputesAgainAtOnce() {
        assertThat(value.get()).isEqualTo(1);
        value.invalidate();
        assertThat(value.get()).isEqualTo(2);
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void aValueReadBeforeAnInvalidationIsNotKept() throws Exception {
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger version = new AtomicInteger(1);
        ExpiringValue<Integer> slow = new ExpiringValue<>(() -> {
            int read = version.get();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return read;
        }, Duration.ofMinutes(1), clock);
        Thread reader = new Thread(slow::get);
        reader.start();
        started.await();
        version.set(2); // the change commits while the old value is being read
        Thread invalidator = new Thread(slow::invalidate);
        invalidator.start();
        release.countDown();
        reader.join(5_000);
        invalidator.join(5_000);
        assertThat(slow.get()).isEqualTo(2);
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
