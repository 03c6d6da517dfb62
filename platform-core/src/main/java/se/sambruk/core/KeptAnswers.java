package se.sambruk.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered answers of a hot read, kept in memory by key so that a repeated request is answered
 * without rendering it again. Each answer carries a stamp the caller checks (a version that must
 * still stand, or the time it expires). Bounded by total size, not by count: an answer can be a
 * few bytes or a megabyte, and clients choose the keys; when a new answer would pass the bound,
 * all are dropped and kept again as asked.
 */
public final class KeptAnswers {

    /** A rendered body, its content type, and the caller's stamp. */
    public record Answer(long stamp, byte[] body, String contentType) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;

    public KeptAnswers(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer kept under this key, or null. */
    public Answer get(String key) {
        return answers.get(key);
    }

    public void keep(String key, Answer answer) {
        if (answer.body().length > maxBytes) {
            return;
        }
        if (bytes.addAndGet(answer.body().length) > maxBytes) {
            answers.clear();
            bytes.set(answer.body().length);
        }
        Answer replaced = answers.put(key, answer);
        if (replaced != null) {
            bytes.addAndGet(-replaced.body().length);
        }
    }

    /** Bytes held now (approximate while other threads keep answers). */
    long size() {
        return bytes.get();
    }
}
