package se.sambruk.core.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a rule would remove now: the count per organisation (key null for platform-wide data) and
 * some of the items, each as a reference and a date, never the personal data itself.
 */
public record RetentionPreview(Map<Long, Long> counts, List<Item> items) {

    public RetentionPreview {
        counts = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(counts));
        items = List.copyOf(items);
    }

    /** One thing that would go: its organisation, a reference ("rapport 123") and the time that makes it old. */
    public record Item(Long organisationId, String reference, Instant since) {
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long countFor(Long organisationId) {
        return counts.getOrDefault(organisationId, 0L);
    }
}
