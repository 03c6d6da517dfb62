package se.sambruk.tillarbetslivet.workplace;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

/**
 * When a workplace was last of use, for the retention rule {@code tillarbetslivet.workplaces}: the
 * latest of its invitation, its supervisor's joining, its registration, the last day of any of its
 * places or offers, and the last day of any period with a placement at its places. A workplace
 * whose last use lies further back than the period is deleted (its offers with it; its places
 * stay in the place bank without it).
 */
public record WorkplaceActivity(long workplaceId, long organisationId, Instant lastActive) {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** The latest of the moments and days given (nulls ignored); a day counts until its end. */
    public static Instant lastActive(Instant invited, Instant joined, Instant registered, LocalDate... lastDays) {
        Stream<Instant> days = Stream.of(lastDays).filter(d -> d != null).map(d -> d.plusDays(1).atStartOfDay(SWEDEN).toInstant());
        return Stream.concat(Stream.of(invited, joined, registered).filter(i -> i != null), days).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    /** Whether the workplace's last use is more than {@code keepDays} days before {@code now}. */
    public boolean outlived(Instant now, int keepDays) {
        return lastActive.isBefore(now.minus(Duration.ofDays(keepDays)));
    }
}
