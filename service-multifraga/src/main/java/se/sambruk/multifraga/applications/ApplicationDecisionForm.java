package se.sambruk.multifraga.applications;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caseworker's decision on an application: granted, partly granted or refused; an amount
 * (whole kronor, 1–1 000 000) when anything is granted; reasons (10–2 000 characters) whenever
 * the applicant does not get all they applied for, and always allowed. The choice per income kind
 * of which amount counts (the declared or the agencies', {@link IncomeComparison#choices}) is
 * checked against the comparison by the caller.
 */
public record ApplicationDecisionForm(String outcome, String amount, String reasons, String countSalary, String countBenefits,
                                      String countOther) {

    public ApplicationDecisionForm(String outcome, String amount, String reasons) {
        this(outcome, amount, reasons, null, null, null);
    }

    /** An empty form whose choices are the declared amount, except where a difference asks the caseworker to choose. */
    public static ApplicationDecisionForm empty(java.util.List<IncomeComparison.Line> lines) {
        java.util.function.Function<IncomeComparison.Kind, String> initial = kind -> lines.stream()
                .filter(l -> l.kind() == kind && l.choiceRequired()).findAny().map(l -> "").orElse("DECLARED");
        return new ApplicationDecisionForm("", "", "", initial.apply(IncomeComparison.Kind.SALARY),
                initial.apply(IncomeComparison.Kind.BENEFITS), initial.apply(IncomeComparison.Kind.OTHER));
    }

    /** The choices as given, per kind. */
    public java.util.Map<IncomeComparison.Kind, String> counts() {
        java.util.Map<IncomeComparison.Kind, String> counts = new java.util.EnumMap<>(IncomeComparison.Kind.class);
        counts.put(IncomeComparison.Kind.SALARY, countSalary);
        counts.put(IncomeComparison.Kind.BENEFITS, countBenefits);
        counts.put(IncomeComparison.Kind.OTHER, countOther);
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
