package se.sambruk.uka.people;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The date rules a caseworker's action and coverage forms share, whether adding or correcting. */
class DateRulesTests {

    static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    static final LocalDate BORN = LocalDate.parse("2008-05-10");

    static List<String> action(String start, String end, boolean reason) {
        return ActionDatesRule.check(day(start), day(end), reason, BORN, TODAY).stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    static List<String> period(String start, String end, boolean reason, Records.CoveragePeriod... others) {
        return CoveragePeriodRule.check(day(start), day(end), reason, BORN, TODAY, List.of(others)).stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    static LocalDate day(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    static Records.CoveragePeriod other(String start, String end) {
        return new Records.CoveragePeriod(9, day(start), day(end), "test", end == null ? null : "FLYTTAT");
    }

    @Test
    void anActionStartsInThePersonsLifeEndsAfterItStartsNotInTheFutureAndWithAReason() {
        assertThat(action("2026-03-01", null, false)).isEmpty();
        assertThat(action("2027-01-10", null, false)).as("a planned action may start later").isEmpty();
        assertThat(action("2026-03-01", "2026-04-01", true)).isEmpty();
        assertThat(action("2026-03-01", "2026-03-01", true)).as("ends the day it starts").isEmpty();
        assertThat(action("2008-05-09", null, false)).containsExactly("start:uka.date.beforeBirth");
        assertThat(action("2026-03-01", "2026-02-28", true)).containsExactly("end:uka.action.endBeforeStart");
        assertThat(action("2026-03-01", "2026-12-08", true)).containsExactly("end:uka.date.future");
        assertThat(action("2026-03-01", "2026-12-07", true)).isEmpty();
        assertThat(action("2026-03-01", "2026-04-01", false)).containsExactly("endReason:uka.action.endReasonNeeded");
        assertThat(action("2026-03-01", null, true)).containsExactly("end:uka.action.endNeeded");
    }

    @Test
    void aCoveragePeriodLiesInThePastWithinThePersonsLifeAndOverlapsNoOther() {
        assertThat(period("2025-09-01", null, false)).isEmpty();
        assertThat(period("2025-09-01", "2026-06-30", true)).isEmpty();
        assertThat(period("2008-05-01", null, false)).containsExactly("start:uka.date.beforeBirth");
        assertThat(period("2026-12-08", null, false)).containsExactly("start:uka.date.future");
        assertThat(period("2025-09-01", "2025-08-31", true)).containsExactly("end:uka.coverage.endBeforeStart");
        assertThat(period("2025-09-01", "2026-12-08", true)).containsExactly("end:uka.date.future");
        assertThat(period("2025-09-01", "2026-01-01", false)).containsExactly("endReason:uka.coverage.endReasonNeeded");
        assertThat(period("2025-09-01", null, true)).containsExactly("end:uka.coverage.endNeeded");
        // overlaps: sharing a single day is an overlap; the day after is not
        assertThat(period("2025-09-01", "2026-01-31", true, other("2026-01-31", null))).containsExactly("start:uka.coverage.overlaps");
        assertThat(period("2025-09-01", "2026-01-30", true, other("2026-01-31", null))).isEmpty();
        assertThat(period("2026-02-01", null, false, other("2025-09-01", "2026-01-31"))).isEmpty();
        assertThat(period("2026-01-15", null, false, other("2025-09-01", "2026-01-31"))).containsExactly("start:uka.coverage.overlaps");
        // two open periods always overlap
        assertThat(period("2026-06-01", null, false, other("2025-09-01", null))).containsExactly("start:uka.coverage.overlaps");
        // a period inside another
        assertThat(period("2025-10-01", "2025-11-01", true, other("2025-09-01", "2026-01-31"))).containsExactly("start:uka.coverage.overlaps");
    }
}
