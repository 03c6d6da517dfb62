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
 * The application as the resident types it, step by step (kronor per month, whole kronor; assets
 * in kronor). {@link #check} is the rule set of one {@link Step}, so each step is saved on its own:
 * <ul>
 * <li>start: a municipality offered, the month applied for (this month, the next, or at most two back);</li>
 * <li>household: a co-applicant's number valid and not the applicant's own, with the co-applicant's
 *     first name (1–60 characters), at most ten children aged 0–20;</li>
 * <li>incomes: each adult's own salary, benefits and other incomes, every amount 0–1 000 000 (the
 *     applicant's empty is 0; the co-applicant's must be filled in, 0 when none);</li>
 * <li>costs: every amount 0–1 000 000, "other" costs described;</li>
 * <li>assets: bank balances, vehicles, property and other assets 0–100 000 000 kr, each vehicle,
 *     property or other asset with a value described;</li>
 * <li>planning: at least one of work, job-seeking, sick leave, SFI or other, each chosen with what
 *     it is and from when (a date at most a year ahead);</li>
 * <li>payout: an account of 5–20 digits.</li>
 * </ul>
 * Checkboxes arrive as {@code "true"} when ticked.
 */
public record ApplicationForm(String municipality, String month, String coApplicant, String childAges, String incomeSalary,
                              String incomeBenefits, String incomeOther, String rent, String electricity, String homeInsurance,
                              String otherCosts, String otherCostsText, String bankBalance, String vehicles, String vehiclesText,
                              String property, String propertyText, String otherAssets, String otherAssetsText,
                              String work, String workWhat, String workFrom, String jobSeeking, String jobSeekingWhat, String jobSeekingFrom,
                              String sickLeave, String sickLeaveWhat, String sickLeaveFrom, String sfi, String sfiWhat, String sfiFrom,
                              String otherActivity, String otherActivityWhat, String otherActivityFrom, String account,
                              String coApplicantName, String coIncomeSalary, String coIncomeBenefits, String coIncomeOther) {

    /** The form without the co-applicant's name and incomes. */
    public ApplicationForm(String municipality, String month, String coApplicant, String childAges, String incomeSalary,
                           String incomeBenefits, String incomeOther, String rent, String electricity, String homeInsurance,
                           String otherCosts, String otherCostsText, String bankBalance, String vehicles, String vehiclesText,
                           String property, String propertyText, String otherAssets, String otherAssetsText,
                           String work, String workWhat, String workFrom, String jobSeeking, String jobSeekingWhat, String jobSeekingFrom,
                           String sickLeave, String sickLeaveWhat, String sickLeaveFrom, String sfi, String sfiWhat, String sfiFrom,
                           String otherActivity, String otherActivityWhat, String otherActivityFrom, String account) {
        this(municipality, month, coApplicant, childAges, incomeSalary, incomeBenefits, incomeOther, rent, electricity, homeInsurance, otherCosts,
                otherCostsText, bankBalance, vehicles, vehiclesText, property, propertyText, otherAssets, otherAssetsText, work, workWhat, workFrom,
                jobSeeking, jobSeekingWhat, jobSeekingFrom, sickLeave, sickLeaveWhat, sickLeaveFrom, sfi, sfiWhat, sfiFrom, otherActivity,
                otherActivityWhat, otherActivityFrom, account, "", "", "", "");
    }

    static final int MAX_ASSET = 100_000_000;

    /** What the applicant plans or does: work, job-seeking, sick leave, SFI (Swedish for immigrants), other; {@code field} names its form fields. */
    public enum Activity {
        WORK("work"), JOB_SEEKING("jobSeeking"), SICK_LEAVE("sickLeave"), SFI("sfi"), OTHER("otherActivity");

        private final String field;

        Activity(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** One activity the applicant chose, with what it is and from when. */
    public record Planned(Activity kind, String what, LocalDate since) {
    }

    /** The checked values of one step. */
    public sealed interface Part permits Start, Household, Incomes, Costs, Assets, Planning, Payout {
        Step step();
    }

    public record Start(String kommunkod, YearMonth month) implements Part {
        public Step step() {
            return Step.START;
        }
    }

    /** The co-applicant's number and first name (both null without one), the children's ages. */
    public record Household(PersonalIdentityNumber coApplicant, String coApplicantName, List<Integer> childAges) implements Part {

        public Household(PersonalIdentityNumber coApplicant, List<Integer> childAges) {
            this(coApplicant, coApplicant == null ? null : "", childAges);
        }

        public Step step() {
            return Step.HOUSEHOLD;
        }
    }

    /** The applicant's own incomes and the co-applicant's (null without a co-applicant). */
    public record Incomes(int salary, int benefits, int other, Integer coSalary, Integer coBenefits, Integer coOther) implements Part {

        public Incomes(int salary, int benefits, int other) {
            this(salary, benefits, other, null, null, null);
        }

        public Step step() {
            return Step.INCOMES;
        }
    }

    public record Costs(int rent, int electricity, int homeInsurance, int other, String otherText) implements Part {
        public Step step() {
            return Step.COSTS;
        }
    }

    public record Assets(int bank, int vehicles, String vehiclesText, int property, String propertyText, int other, String otherText)
            implements Part {
        public Step step() {
            return Step.ASSETS;
        }

        public long total() {
            return (long) bank + vehicles + property + other;
        }
    }

    public record Planning(List<Planned> activities) implements Part {
        public Step step() {
            return Step.PLANNING;
        }
    }

    public record Payout(String account) implements Part {
        public Step step() {
            return Step.PAYOUT;
        }
    }

    public record Checked(Part part, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static ApplicationForm empty(YearMonth month) {
        return new ApplicationForm("", month.toString(), "", "", "0", "0", "0", "0", "0", "0", "0", "", "0", "0", "", "0", "", "0", "",
                null, "", "", null, "", "", null, "", "", null, "", "", null, "", "", "");
    }

    /** The form filled in with what is stored, to edit a draft. */
    public static ApplicationForm of(Applications.Stored a, String kommunkod, String coApplicantNumber) {
        Map<Activity, Planned> plans = new LinkedHashMap<>();
        a.activities().forEach(p -> plans.put(p.kind(), p));
        return new ApplicationForm(kommunkod, a.month().toString(), coApplicantNumber == null ? "" : coApplicantNumber,
                String.join(", ", a.childAges().stream().map(String::valueOf).toList()), n(a.incomeSalary()), n(a.incomeBenefits()),
                n(a.incomeOther()), n(a.rent()), n(a.electricity()), n(a.homeInsurance()), n(a.otherCosts()), text(a.otherCostsText()),
                n(a.bankBalance()), n(a.vehicles()), text(a.vehiclesText()), n(a.property()), text(a.propertyText()), n(a.otherAssets()),
                text(a.otherAssetsText()),
                chosen(plans, Activity.WORK), what(plans, Activity.WORK), since(plans, Activity.WORK),
                chosen(plans, Activity.JOB_SEEKING), what(plans, Activity.JOB_SEEKING), since(plans, Activity.JOB_SEEKING),
                chosen(plans, Activity.SICK_LEAVE), what(plans, Activity.SICK_LEAVE), since(plans, Activity.SICK_LEAVE),
                chosen(plans, Activity.SFI), what(plans, Activity.SFI), since(plans, Activity.SFI),
                chosen(plans, Activity.OTHER), what(plans, Activity.OTHER), since(plans, Activity.OTHER), a.account(),
                text(a.coApplicantName()), a.coIncomeSalary() == null ? "" : n(a.coIncomeSalary()),
                a.coIncomeBenefits() == null ? "" : n(a.coIncomeBenefits()), a.coIncomeOther() == null ? "" : n(a.coIncomeOther()));
    }

    private static String n(int value) {
        return String.valueOf(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String chosen(Map<Activity, Planned> plans, Activity kind) {
        return plans.containsKey(kind) ? "true" : null;
    }

    private static String what(Map<Activity, Planned> plans, Activity kind) {
        return plans.containsKey(kind) ? plans.get(kind).what() : "";
    }

    private static String since(Map<Activity, Planned> plans, Activity kind) {
        return plans.containsKey(kind) ? plans.get(kind).since().toString() : "";
    }

    /** Whether the activity's box is ticked. */
    public boolean chosen(Activity kind) {
        String value = switch (kind) {
            case WORK -> work;
            case JOB_SEEKING -> jobSeeking;
            case SICK_LEAVE -> sickLeave;
            case SFI -> sfi;
            case OTHER -> otherActivity;
        };
        return "true".equals(value);
    }

    /** The same form for this municipality (a draft's municipality is fixed once started). */
    public ApplicationForm withMunicipality(String kommunkod) {
        return new ApplicationForm(kommunkod, month, coApplicant, childAges, incomeSalary, incomeBenefits, incomeOther, rent, electricity,
                homeInsurance, otherCosts, otherCostsText, bankBalance, vehicles, vehiclesText, property, propertyText, otherAssets,
                otherAssetsText, work, workWhat, workFrom, jobSeeking, jobSeekingWhat, jobSeekingFrom, sickLeave, sickLeaveWhat, sickLeaveFrom,
                sfi, sfiWhat, sfiFrom, otherActivity, otherActivityWhat, otherActivityFrom, account, coApplicantName, coIncomeSalary,
                coIncomeBenefits, coIncomeOther);
    }

    /** Checks the fields of one step of an application without a co-applicant. */
    public Checked check(Step step, LocalDate today, Set<String> offered, PersonalIdentityNumber applicant) {
        return check(step, today, offered, applicant, false);
    }

    /**
     * Checks the fields of one step; the others are not looked at. {@code coApplicant}: the household
     * has a co-applicant, whose own incomes the incomes step asks too.
     */
    public Checked check(Step step, LocalDate today, Set<String> offered, PersonalIdentityNumber applicant, boolean coApplicant) {
        Map<String, String> errors = new LinkedHashMap<>();
        Part part = switch (step) {
            case START -> start(today, offered, errors);
            case HOUSEHOLD -> household(today, applicant, errors);
            case INCOMES -> incomes(coApplicant, errors);
            case COSTS -> costs(errors);
            case ASSETS -> assets(errors);
            case PLANNING -> planning(today, errors);
            case PAYOUT -> payout(errors);
        };
        return errors.isEmpty() ? new Checked(part, Map.of()) : new Checked(null, errors);
    }

    private Start start(LocalDate today, Set<String> offered, Map<String, String> errors) {
        String code = municipality == null ? "" : municipality.strip();
        if (!offered.contains(code)) {
            errors.put("municipality", "mf.app.error.municipality");
        }
        YearMonth chosen;
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
        return new Start(code, chosen);
    }

    private Household household(LocalDate today, PersonalIdentityNumber applicant, Map<String, String> errors) {
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
        String name = coApplicantName == null ? "" : coApplicantName.strip();
        if (co != null || (coApplicant != null && !coApplicant.isBlank())) {
            if (name.isEmpty()) {
                errors.put("coApplicantName", "mf.app.error.coApplicantName");
            } else if (name.length() > 60 || !name.matches("[\\p{L}][\\p{L} '\\-]*")) {
                errors.put("coApplicantName", "mf.app.error.coApplicantNameForm");
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
        return new Household(co, co == null ? null : name, List.copyOf(ages));
    }

    /** The income fields, per adult: {@code income…} the applicant's, {@code coIncome…} the co-applicant's. */
    public static final List<String> INCOME_FIELDS = List.of("incomeSalary", "incomeBenefits", "incomeOther", "coIncomeSalary",
            "coIncomeBenefits", "coIncomeOther");

    private Incomes incomes(boolean coApplicant, Map<String, String> errors) {
        int salary = amount("incomeSalary", incomeSalary, 1_000_000, errors);
        int benefits = amount("incomeBenefits", incomeBenefits, 1_000_000, errors);
        int other = amount("incomeOther", incomeOther, 1_000_000, errors);
        if (!coApplicant) {
            return new Incomes(salary, benefits, other);
        }
        return new Incomes(salary, benefits, other, required("coIncomeSalary", coIncomeSalary, errors),
                required("coIncomeBenefits", coIncomeBenefits, errors), required("coIncomeOther", coIncomeOther, errors));
    }

    /** An amount that must be filled in (0 when none): the co-applicant's incomes, so none is taken as 0 without being said. */
    private static int required(String field, String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "mf.app.error.incomeRequired");
            return 0;
        }
        return amount(field, text, 1_000_000, errors);
    }

    private Costs costs(Map<String, String> errors) {
        int rentAmount = amount("rent", rent, 1_000_000, errors);
        int electricityAmount = amount("electricity", electricity, 1_000_000, errors);
        int insurance = amount("homeInsurance", homeInsurance, 1_000_000, errors);
        int other = amount("otherCosts", otherCosts, 1_000_000, errors);
        String text = described("otherCostsText", otherCostsText, other, "mf.app.error.otherCostsText", errors);
        return new Costs(rentAmount, electricityAmount, insurance, other, text);
    }

    private Assets assets(Map<String, String> errors) {
        int bank = amount("bankBalance", bankBalance, MAX_ASSET, errors);
        int vehicleValue = amount("vehicles", vehicles, MAX_ASSET, errors);
        String vehicleText = described("vehiclesText", vehiclesText, vehicleValue, "mf.app.error.vehiclesText", errors);
        int propertyValue = amount("property", property, MAX_ASSET, errors);
        String propertyDescription = described("propertyText", propertyText, propertyValue, "mf.app.error.propertyText", errors);
        int otherValue = amount("otherAssets", otherAssets, MAX_ASSET, errors);
        String otherText = described("otherAssetsText", otherAssetsText, otherValue, "mf.app.error.otherAssetsText", errors);
        return new Assets(bank, vehicleValue, vehicleText, propertyValue, propertyDescription, otherValue, otherText);
    }

    private Planning planning(LocalDate today, Map<String, String> errors) {
        List<Planned> planned = new ArrayList<>();
        plan(Activity.WORK, work, workWhat, workFrom, today, planned, errors);
        plan(Activity.JOB_SEEKING, jobSeeking, jobSeekingWhat, jobSeekingFrom, today, planned, errors);
        plan(Activity.SICK_LEAVE, sickLeave, sickLeaveWhat, sickLeaveFrom, today, planned, errors);
        plan(Activity.SFI, sfi, sfiWhat, sfiFrom, today, planned, errors);
        plan(Activity.OTHER, otherActivity, otherActivityWhat, otherActivityFrom, today, planned, errors);
        if (planned.isEmpty() && errors.isEmpty()) {
            errors.put("work", "mf.app.error.planNone");
        }
        return new Planning(List.copyOf(planned));
    }

    private static void plan(Activity kind, String chosen, String what, String from, LocalDate today, List<Planned> planned,
                             Map<String, String> errors) {
        if (!"true".equals(chosen)) {
            return;
        }
        String text = what == null ? "" : what.strip();
        if (text.isEmpty()) {
            errors.put(kind.field() + "What", "mf.app.error.planWhat");
        } else if (text.length() > 300) {
            errors.put(kind.field() + "What", "mf.app.error.textLong");
        }
        LocalDate since = null;
        try {
            since = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            since = null;
        }
        if (since == null) {
            errors.put(kind.field() + "From", "mf.app.error.planFrom");
        } else if (since.isAfter(today.plusYears(1)) || since.isBefore(LocalDate.of(1950, 1, 1))) {
            errors.put(kind.field() + "From", "mf.app.error.planFromRange");
        }
        planned.add(new Planned(kind, text, since));
    }

    private Payout payout(Map<String, String> errors) {
        String digits = account == null ? "" : account.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{5,20}")) {
            errors.put("account", "mf.app.error.account");
        }
        return new Payout(digits);
    }

    /** A description, needed when the value it describes is above zero; at most 300 characters; null when empty. */
    private static String described(String field, String text, int value, String missing, Map<String, String> errors) {
        String clean = text == null ? "" : text.strip();
        if (value > 0 && clean.isEmpty()) {
            errors.put(field, missing);
        } else if (clean.length() > 300) {
            errors.put(field, "mf.app.error.textLong");
        }
        return clean.isEmpty() ? null : clean;
    }

    private static int amount(String field, String text, int max, Map<String, String> errors) {
        String clean = text == null ? "" : text.replaceAll("[\\s\\u00a0]", "");
        if (clean.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(clean);
            if (value < 0 || value > max) {
                errors.put(field, max == MAX_ASSET ? "mf.app.error.assetAmount" : "mf.app.error.amount");
                return 0;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, max == MAX_ASSET ? "mf.app.error.assetAmount" : "mf.app.error.amount");
            return 0;
        }
    }
}
