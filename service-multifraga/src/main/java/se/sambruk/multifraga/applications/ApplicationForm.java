package se.sambruk.multifraga.applications;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.sambruk.core.PersonalIdentityNumber;

/**
 * The application as the resident types it (kronor per month, whole kronor). {@link #check} is the
 * rule set: a municipality offered, the month applied for (this month, the next, or at most two
 * back), a co-applicant's number valid and not the applicant's own, at most ten children aged
 * 0–20, every amount 0–1 000 000, "other" costs described, a payout account of 5–20 digits.
 */
public record ApplicationForm(String municipality, String month, String coApplicant, String childAges, String incomeSalary,
                              String incomeBenefits, String incomeOther, String rent, String electricity, String homeInsurance,
                              String otherCosts, String otherCostsText, String account) {

    public static ApplicationForm empty(YearMonth month) {
        return new ApplicationForm("", month.toString(), "", "", "0", "0", "0", "0", "0", "0", "0", "", "");
    }

    /** A checked application: what is stored. */
    public record Application(String kommunkod, YearMonth month, PersonalIdentityNumber coApplicant, List<Integer> childAges, int incomeSalary,
                              int incomeBenefits, int incomeOther, int rent, int electricity, int homeInsurance, int otherCosts,
                              String otherCostsText, String account) {

        public int incomes() {
            return incomeSalary + incomeBenefits + incomeOther;
        }

        public int adults() {
            return coApplicant == null ? 1 : 2;
        }
    }

    public record Checked(Application application, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Checked check(LocalDate today, Set<String> offered, PersonalIdentityNumber applicant) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = municipality == null ? "" : municipality.strip();
        if (!offered.contains(code)) {
            errors.put("municipality", "mf.app.error.municipality");
        }
        YearMonth chosen = null;
        try {
            chosen = month == null ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            chosen = null;
        }
        YearMonth now = YearMonth.from(today);
        if (chosen == null) {
            errors.put("month", "mf.app.error.month");
        } else if (chosen.isAfter(now.plusMonths(1)) || chosen.isBefore(now.minusMonths(2))) {
            errors.put("month", "mf.app.error.monthRange");
        }
        PersonalIdentityNumber co = null;
        if (coApplicant != null && !coApplicant.isBlank()) {
            try {
                co = PersonalIdentityNumber.parse(coApplicant.strip(), today);
                if (co.equals(applicant)) {
                    errors.put("coApplicant", "mf.app.error.coApplicantSelf");
                }
            } catch (IllegalArgumentException e) {
                errors.put("coApplicant", "mf.app.error.coApplicant");
            }
        }
        List<Integer> ages = new ArrayList<>();
        if (childAges != null && !childAges.isBlank()) {
            for (String part : childAges.split("[,;\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    int age = Integer.parseInt(part.strip());
                    if (age < 0 || age > 20) {
                        throw new NumberFormatException();
                    }
                    ages.add(age);
                } catch (NumberFormatException e) {
                    errors.put("childAges", "mf.app.error.childAges");
                }
            }
            if (ages.size() > 10) {
                errors.put("childAges", "mf.app.error.childAges");
            }
        }
        int salary = amount("incomeSalary", incomeSalary, errors);
        int benefits = amount("incomeBenefits", incomeBenefits, errors);
        int other = amount("incomeOther", incomeOther, errors);
        int rentAmount = amount("rent", rent, errors);
        int electricityAmount = amount("electricity", electricity, errors);
        int insurance = amount("homeInsurance", homeInsurance, errors);
        int otherCostAmount = amount("otherCosts", otherCosts, errors);
        String otherText = otherCostsText == null ? "" : otherCostsText.strip();
        if (otherCostAmount > 0 && otherText.isEmpty()) {
            errors.put("otherCostsText", "mf.app.error.otherCostsText");
        } else if (otherText.length() > 300) {
            errors.put("otherCostsText", "mf.app.error.otherCostsTextLong");
        }
        String digits = account == null ? "" : account.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{5,20}")) {
            errors.put("account", "mf.app.error.account");
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new Application(code, chosen, co, List.copyOf(ages), salary, benefits, other, rentAmount, electricityAmount, insurance,
                otherCostAmount, otherText.isEmpty() ? null : otherText, digits), Map.of());
    }

    private static int amount(String field, String text, Map<String, String> errors) {
        String clean = text == null ? "" : text.replaceAll("[\\s\\u00a0]", "");
        if (clean.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(clean);
            if (value < 0 || value > 1_000_000) {
                errors.put(field, "mf.app.error.amount");
                return 0;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, "mf.app.error.amount");
            return 0;
        }
    }
}
