package se.sambruk.membership.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.MemberRegister;
import se.sambruk.membership.applications.MembershipDecisions;
import se.sambruk.core.documents.Table;
import se.sambruk.membership.web.Kronor;

/** Every member's fee for a year from the schedule in force, the total against the budget, and the invoicing basis. */
@Service
public class MemberFees {

    static final List<String> COLUMNS = List.of("ar", "organisation_id", "organisation", "avgiftsklass", "arsavgift_kr", "insats_kr",
            "att_fakturera_kr", "ny_medlem", "aterintrade");

    private final FeeSchedules schedules;
    private final MemberRegister register;
    private final MembershipDecisions decisions;
    private final Clock clock;

    MemberFees(FeeSchedules schedules, MemberRegister register, MembershipDecisions decisions, Clock clock) {
        this.schedules = schedules;
        this.register = register;
        this.decisions = decisions;
        this.clock = clock;
    }

    public record Calculation(int year, FeeSchedule schedule, List<FeeRules.Fee> fees, long totalOre) {

        public long budgetOre() {
            return schedule == null ? 0 : schedule.getBudgetOre();
        }

        public long differenceOre() {
            return totalOre - budgetOre();
        }

        public long differenceAbsOre() {
            return Math.abs(differenceOre());
        }

        /** Whether the year has a schedule of its own, rather than an earlier year's. */
        public boolean ownSchedule() {
            return schedule != null && schedule.getYear() == year;
        }
    }

    public int thisYear() {
        return Year.now(clock).getValue();
    }

    @Transactional(readOnly = true)
    public Calculation calculate(int year) {
        Optional<FeeSchedule> schedule = schedules.inForce(year);
        if (schedule.isEmpty()) {
            return new Calculation(year, null, List.of(), 0);
        }
        List<FeeRules.Fee> fees = new ArrayList<>(FeeRules.fees(schedule.get().rules(), payers(), year));
        fees.sort(Comparator.comparing(fee -> fee.payer().name()));
        return new Calculation(year, schedule.get(), fees, FeeRules.total(fees));
    }

    List<FeeRules.Payer> payers() {
        Set<Long> rejoining = decisions.rejoiningOrganisations();
        return register.memberships().stream()
                .filter(membership -> !"APPLIED".equals(membership.status()) && !"ASSOCIATION".equals(membership.organisation().type()))
                .map(membership -> new FeeRules.Payer(membership.organisationId(), membership.organisation().name(),
                        membership.organisation().type(), membership.organisation().population(), membership.memberSince(),
                        membership.memberUntil(), rejoining.contains(membership.organisationId())))
                .toList();
    }

    static String bandLabel(FeeRules.Band band) {
        if (band.category() == FeeBand.Category.OTHER) {
            return "Övriga organisationer";
        }
        if (band.maxPopulation() == null) {
            return "Över " + band.minPopulation() + " inv.";
        }
        return (band.minPopulation() == null || band.minPopulation() == 0 ? "Under " + band.maxPopulation()
                : band.minPopulation() + "–" + band.maxPopulation()) + " inv.";
    }

    private static List<List<?>> rows(Calculation calculation) {
        return calculation.fees().stream().<List<?>>map(fee -> List.of(calculation.year(), fee.payer().organisationId(),
                fee.payer().name(), bandLabel(fee.band()), kronor(fee.annualFeeOre()), kronor(fee.depositOre()),
                kronor(fee.totalOre()), fee.depositOre() > 0 ? "ja" : "nej", fee.payer().rejoining() && fee.depositOre() > 0 ? "ja" : "nej")).toList();
    }

    /** Fees are whole kronor in the schedule; a half deposit of an odd amount keeps its öre. */
    private static Number kronor(long ore) {
        return ore % 100 == 0 ? (Number) (ore / 100) : BigDecimal.valueOf(ore, 2);
    }

    /** The invoicing basis, one row per paying member (CSV). */
    public Table table(Calculation calculation) {
        return Table.of("Medlemsavgifter " + calculation.year(), COLUMNS, rows(calculation));
    }

    /** The invoicing basis with a total row at the end (the workbook). */
    public Table tableWithTotal(Calculation calculation) {
        List<List<?>> rows = new ArrayList<>(rows(calculation));
        rows.add(java.util.Arrays.asList(null, null, "Summa", null, null, null, kronor(calculation.totalOre())));
        return Table.of("Medlemsavgifter " + calculation.year(), COLUMNS, rows);
    }
}
