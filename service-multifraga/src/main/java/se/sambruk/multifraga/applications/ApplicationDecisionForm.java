package se.sambruk.multifraga.applications;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caseworker's decision on an application: granted, partly granted or refused; an amount
 * (whole kronor, 1–1 000 000) when anything is granted; reasons (10–2 000 characters) whenever
 * the applicant does not get all they applied for, and always allowed. The choice per adult and
 * income kind of which amount counts (the declared or the agencies', {@link IncomeComparison#choices})
 * is checked against the comparison by the caller: {@code count…} for the applicant, {@code coCount…}
 * for the co-applicant.
 */
public record ApplicationDecisionForm(String outcome, String amount, String reasons, String countSalary, String countBenefits,
                                      String countOther, String coCountSalary, String coCountBenefits, String coCountOther) {

    public ApplicationDecisionForm(String outcome, String amount, String reasons) {
        this(outcome, amount, reasons, null, null, null, null, null, null);
    }

    /** An empty form whose choices are the declared amount, except where a difference asks the caseworker to choose. */
    public static ApplicationDecisionForm empty(java.util.List<IncomeComparison.Line> lines) {
        java.util.function.Function<String, String> initial = field -> lines.stream()
                .filter(l -> l.field().equals(field) && l.choiceRequired()).findAny().map(l -> "").orElse("DECLARED");
        return new ApplicationDecisionForm("", "", "", initial.apply("countSalary"), initial.apply("countBenefits"), initial.apply("countOther"),
                initial.apply("coCountSalary"), initial.apply("coCountBenefits"), initial.apply("coCountOther"));
    }

    /** The choices as given, by field. */
    public Map<String, String> counts() {
        Map<String, String> counts = new java.util.HashMap<>();
        counts.put("countSalary", countSalary);
        counts.put("countBenefits", countBenefits);
        counts.put("countOther", countOther);
        counts.put("coCountSalary", coCountSalary);
        counts.put("coCountBenefits", coCountBenefits);
        counts.put("coCountOther", coCountOther);
        return counts;
    }

    public record Checked(Applications.Outcome outcome, Integer amount, String reasons, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Checked check() {
        Map<String, String> errors = new LinkedHashMap<>();
        Applications.Outcome chosen;
        try {
            chosen = outcome == null ? null : Applications.Outcome.valueOf(outcome.strip());
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        if (chosen == null) {
            errors.put("outcome", "mf.error.outcome");
        }
        Integer kronor = null;
        String clean = amount == null ? "" : amount.replaceAll("[\\s\\u00a0]", "");
        if (chosen == Applications.Outcome.GRANTED || chosen == Applications.Outcome.PARTLY) {
            try {
                kronor = Integer.valueOf(clean);
                if (kronor < 1 || kronor > 1_000_000) {
                    errors.put("amount", "mf.app.error.decisionAmount");
                }
            } catch (NumberFormatException e) {
                errors.put("amount", "mf.app.error.decisionAmount");
            }
        }
        String text = reasons == null ? "" : reasons.strip();
        if ((chosen == Applications.Outcome.PARTLY || chosen == Applications.Outcome.REFUSED) && text.length() < 10) {
            errors.put("reasons", "mf.app.error.reasons");
        } else if (text.length() > 2000) {
            errors.put("reasons", "mf.app.error.reasonsLong");
        }
        return new Checked(chosen, kronor, text.isEmpty() ? null : text, errors);
    }
}
