package se.sambruk.uka.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One of SCB's collection periods for a municipality: a half-year (the first from 1 January to
 * 30 June, the second from 1 July to 31 December). Frozen when the municipality has sent it: then
 * its files are stored and never rebuilt.
 */
public record ReportPeriod(long id, int year, int half, LocalDate start, LocalDate end, Instant frozenAt, String frozenBy,
                           Integer frozenRows) {

    public static LocalDate startOf(int year, int half) {
        return half == 1 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1);
    }

    public static LocalDate endOf(int year, int half) {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** The stored name, e.g. "2026-2" (the page shows "andra halvåret 2026"). */
    public static String name(int year, int half) {
        return year + "-" + half;
    }

    public boolean frozen() {
        return frozenAt != null;
    }

    /** A period can be frozen (sent) once it has ended. */
    public boolean ended(LocalDate today) {
        return today.isAfter(end);
    }

    /** The start of a file name: "aktivitetsansvar-2026-halvar2". */
    public String fileStem() {
        return "aktivitetsansvar-" + year + "-halvar" + half;
    }
}
