package se.sambruk.uka.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What SCB's collection asks of a municipality per young person covered at some time in the
 * period: the person, when the coverage began and (if within the period) ended and why, the
 * contacts in the period, and the actions the person took part in during the period.
 */
public final class ScbReport {

    private ScbReport() {
    }

    /**
     * A coverage period that overlaps the report period ({@code id}: its row, whose form fixes it),
     * with SCB's "orsak till registrering" (a code of REGISTRATION_REASON, or null) and whether the
     * young person declined the first action offered ("tackade nej").
     */
    public record Coverage(long id, LocalDate start, LocalDate end, String endReason, String registrationReason, boolean declinedOffer) {
        public Coverage(LocalDate start, LocalDate end, String endReason, String registrationReason, boolean declinedOffer) {
            this(0, start, end, endReason, registrationReason, declinedOffer);
        }

        public Coverage(long id, LocalDate start, LocalDate end, String endReason) {
            this(id, start, end, endReason, null, false);
        }

        public Coverage(LocalDate start, LocalDate end, String endReason) {
            this(0, start, end, endReason, null, false);
        }
    }

    /** An action (åtgärd) that overlaps the report period. */
    public record Act(long id, String category, LocalDate start, LocalDate end, String endReason) {
    }

    /**
     * One young person in the report. {@code personnummer} is the 12 digits as stored, not yet
     * validated (a check does that); {@code coverage} and {@code actions} are in start order.
     */
    public record Individual(long personId, String name, String personnummer, List<Coverage> coverage, int contacts,
                             boolean reached, List<Act> actions) {

        /** The first day of coverage in (or before) the period. */
        public LocalDate registeredFrom() {
            return coverage.stream().map(Coverage::start).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        }

        /** The last coverage period: its end and reason say whether and why coverage ended. */
        public Coverage last() {
            return coverage.isEmpty() ? null : coverage.get(coverage.size() - 1);
        }

        /** The orsak till registrering of the last coverage period in the report period (null: not given). */
        public String registrationReason() {
            Coverage last = last();
            return last == null ? null : last.registrationReason();
        }

        /** Whether the young person declined the first action offered in a coverage period of the report period. */
        public boolean declinedOffer() {
            return coverage.stream().anyMatch(Coverage::declinedOffer);
        }

        /** Coverage ended within the period (on or before its last day). */
        public LocalDate endedWithin(ReportPeriod period) {
            Coverage last = last();
            return last == null || last.end() == null || last.end().isAfter(period.end()) ? null : last.end();
        }

        public long actionsStartedIn(ReportPeriod period) {
            return actions.stream().filter(a -> a.start() != null && !a.start().isBefore(period.start()) && !a.start().isAfter(period.end())).count();
        }

        public long actionsEndedIn(ReportPeriod period) {
            return actions.stream().filter(a -> a.end() != null && !a.end().isBefore(period.start()) && !a.end().isAfter(period.end())).count();
        }

        public String masked() {
            return personnummer != null && personnummer.length() == 12 ? personnummer.substring(0, 8) + "-****" : "?";
        }

        public String formatted() {
            return personnummer != null && personnummer.length() == 12 ? personnummer.substring(0, 8) + "-" + personnummer.substring(8)
                    : String.valueOf(personnummer);
        }
    }
}
