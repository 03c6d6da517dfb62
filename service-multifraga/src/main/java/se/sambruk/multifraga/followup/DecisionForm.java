package se.sambruk.multifraga.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A decision in the case as typed on the look-up's page: the outcome and the day (not in the future, not before the look-up). */
public record DecisionForm(String outcome, String decidedOn) {

    public record Checked(CaseDecisions.Outcome outcome, LocalDate decidedOn, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Checked check(LocalDate today, LocalDate lookupDay) {
        Map<String, String> errors = new LinkedHashMap<>();
        CaseDecisions.Outcome chosen = null;
        try {
            chosen = outcome == null ? null : CaseDecisions.Outcome.valueOf(outcome.strip());
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        if (chosen == null) {
            errors.put("outcome", "mf.error.outcome");
        }
        LocalDate day = null;
        try {
            day = decidedOn == null || decidedOn.isBlank() ? null : LocalDate.parse(decidedOn.strip());
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            errors.put("decidedOn", "mf.error.date");
        } else if (day.isAfter(today)) {
            errors.put("decidedOn", "mf.error.decisionFuture");
        } else if (day.isBefore(lookupDay)) {
            errors.put("decidedOn", "mf.error.decisionBeforeLookup");
        }
        return new Checked(chosen, day, errors);
    }
}
