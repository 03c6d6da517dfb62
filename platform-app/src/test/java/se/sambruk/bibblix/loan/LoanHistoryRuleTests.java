package se.sambruk.bibblix.loan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.retention.RetentionPreview;
import se.sambruk.core.retention.RetentionScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bibblix's loan history in the core's retention: the preview counts and lists exactly what the
 * run then deletes, each municipality's own period is honoured, and one municipality's run leaves
 * the others' loans. "Now" is set in the year 2001 so the other tests' loans (of today) are never due.
 */
class LoanHistoryRuleTests extends PlatformTest {

    private static final Instant NOW = Instant.parse("2001-01-01T12:00:00Z");
    private static final RetentionScope.KeepDays ANY = organisation -> LoanHistoryRule.DEFAULT_DAYS;

    @Autowired
    LoanHistoryRule rule;

    private long malmo;
    private long stockholm;
    private int malmoDays;
    private int stockholmDays;

    @BeforeEach
    void periods() {
        malmo = organisationId("Malmö");
        stockholm = organisationId("Stockholm");
        malmoDays = days(malmo);
        stockholmDays = days(stockholm);
        jdbc.update("update bibblix.library set history_days = 20 where organisation_id = ?", malmo);
        jdbc.update("update bibblix.library set history_days = 5 where organisation_id = ?", stockholm);
    }

    @AfterEach
    void restore() {
        jdbc.update("update bibblix.library set history_days = ? where organisation_id = ?", malmoDays, malmo);
        jdbc.update("update bibblix.library set history_days = ? where organisation_id = ?", stockholmDays, stockholm);
        jdbc.update("delete from bibblix.loan where borrowed_at < '2002-01-01'");
    }

    private int days(long organisation) {
        return jdbc.queryForObject("select history_days from bibblix.library where organisation_id = ?", Integer.class, organisation);
    }

    /** A loan borrowed long before, ended {@code endedDaysAgo} before NOW (null: never returned, due {@code dueDaysAgo} before NOW). */
    private long loan(long organisation, Integer endedDaysAgo, int dueDaysAgo) {
        long title = jdbc.queryForObject("select min(id) from bibblix.title", Long.class);
        String card = String.format("%064d", System.nanoTime());
        return jdbc.queryForObject("insert into bibblix.loan (organisation_id, card_hash, title_id, borrowed_at, due_at, ended_at) "
                        + "values (?, ?, ?, ?, ?, ?) returning id", Long.class, organisation, card, title,
                Timestamp.from(NOW.minus(100, ChronoUnit.DAYS)), Timestamp.from(NOW.minus(dueDaysAgo, ChronoUnit.DAYS)),
                endedDaysAgo == null ? null : Timestamp.from(NOW.minus(endedDaysAgo, ChronoUnit.DAYS)));
    }

    private boolean exists(long loan) {
        return jdbc.queryForObject("select count(*) from bibblix.loan where id = ?", Integer.class, loan) == 1;
    }

    @Test
    void thePreviewCountsWhatTheRunDeletesUnderEachMunicipalitysPeriod() {
        long endedLongAgo = loan(malmo, 31, 40);      // ended 31 days ago, Malmö keeps 20: due
        long endedRecently = loan(malmo, 12, 20);     // ended 12 days ago: kept
        long neverReturned = loan(malmo, null, 61);   // its 28 days ran out 61 days ago: due
        long stillRunning = loan(malmo, null, -10);   // due in ten days: kept
        long stockholmLoan = loan(stockholm, 12, 20); // Stockholm keeps 5: due, but only in Stockholm's or everyone's run

        RetentionScope malmoScope = new RetentionScope(malmo, NOW, ANY, 10);
        RetentionPreview preview = rule.preview(malmoScope);
        assertThat(preview.counts()).isEqualTo(Map.of(malmo, 2L));
        assertThat(preview.items()).extracting(RetentionPreview.Item::reference)
                .containsExactly("lån " + endedLongAgo, "lån " + neverReturned);
        assertThat(rule.apply(malmoScope)).isEqualTo(Map.of(malmo, 2));
        assertThat(exists(endedLongAgo)).isFalse();
        assertThat(exists(neverReturned)).isFalse();
        assertThat(exists(endedRecently)).isTrue();
        assertThat(exists(stillRunning)).isTrue();
        assertThat(exists(stockholmLoan)).isTrue();

        RetentionScope everyone = new RetentionScope(null, NOW, ANY, 10);
        assertThat(rule.preview(everyone).counts()).isEqualTo(Map.of(stockholm, 1L));
        assertThat(rule.apply(everyone)).isEqualTo(Map.of(stockholm, 1));
        assertThat(exists(stockholmLoan)).isFalse();
        assertThat(rule.preview(everyone).total()).isZero();

        // a shorter period deletes more: Malmö at 0 days deletes the loan ended 12 days ago, never one still running
        jdbc.update("update bibblix.library set history_days = 0 where organisation_id = ?", malmo);
        assertThat(rule.preview(malmoScope).countFor(malmo)).isEqualTo(1);
        assertThat(rule.apply(malmoScope)).isEqualTo(Map.of(malmo, 1));
        assertThat(exists(endedRecently)).isFalse();
        assertThat(exists(stillRunning)).isTrue();
    }
}
