package se.sambruk.egil.sync;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A supplier's limits: at most {@code inFlight} requests at once, and requests started no faster
 * than {@code perSecond} (evenly spaced, so a burst never hits the supplier).
 */
final class Throttle {

    private final Semaphore inFlight;
    private final long intervalNanos;
    private long nextStart = System.nanoTime();

    Throttle(int perSecond, int inFlight) {
        this.inFlight = new Semaphore(Math.max(1, inFlight));
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
    }

    void acquire() throws InterruptedException {
        inFlight.acquire();
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            nextStart = Math.max(nextStart, now);
            wait = nextStart - now;
            nextStart += intervalNanos;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    void release() {
        inFlight.release();
    }
}
