package se.sambruk.multifraga.applications;

import java.util.ArrayList;
import java.util.List;

/**
 * The calculation support for försörjningsstöd (4 kap. 3 § SoL): the riksnorm for the household
 * (personal costs of the adults and each child, plus the common household costs), plus the
 * reasonable costs outside the norm accepted by the municipality's rules (rent up to the cap for
 * the household's size, home insurance up to its cap, household electricity), minus the
 * household's incomes. "Other" costs are never counted here: they are flagged for the
 * caseworker's manual review. A negative result is a surplus: no assistance by the norm.
 */
public final class NormCalculation {

    /** The municipality's caps (kronor per month): rent per household size (index 0 = 1 person; the last applies to larger ones) and home insurance. */
    public record Caps(List<Integer> rentByPersons, int homeInsurance) {

        public int rent(int persons) {
            return rentByPersons.get(Math.min(persons, rentByPersons.size()) - 1);
        }
    }

    /** What the household applied with (kronor per month). */
    public record Household(int adults, List<Integer> childAges, int rent, int electricity, int homeInsurance, int otherCosts,
                            int incomes) {

        public int persons() {
            return adults + childAges.size();
        }
    }

    /** One line of the calculation: what, the amount counted, and a note (a cap applied, a cost left for review). */
    public record Line(String label, int amount, String note) {
    }

    public record Result(int year, String source, List<Line> norm, int normTotal, List<Line> costs, int costsTotal, int incomes,
                         int need, int otherCostsForReview) {

        /** The assistance by the norm: the need less the incomes, at least zero. */
        public int assistance() {
            return Math.max(0, need - incomes);
        }

        public boolean surplus() {
            return incomes >= need;
        }
    }

    private NormCalculation() {
    }

    public static Result calculate(Riksnorm norm, Caps caps, Household household) {
        if (household.adults() < 1 || household.adults() > 2) {
            throw new IllegalArgumentException("One or two adults apply together");
        }
        List<Line> normLines = new ArrayList<>();
        normLines.add(new Line(household.adults() == 1 ? "Personliga kostnader, ensamstående" : "Personliga kostnader, sambor",
                household.adults() == 1 ? norm.single() : norm.couple(), null));
        for (int age : household.childAges()) {
            normLines.add(new Line("Personliga kostnader, barn " + age + " år", norm.child(age), null));
        }
        normLines.add(new Line("Gemensamma hushållskostnader, " + household.persons() + " personer", norm.common(household.persons()), null));
        int normTotal = normLines.stream().mapToInt(Line::amount).sum();

        List<Line> costs = new ArrayList<>();
        int rentCap = caps.rent(household.persons());
        costs.add(new Line("Boendekostnad", Math.min(household.rent(), rentCap),
                household.rent() > rentCap ? "Över kommunens tak " + rentCap + " kr för " + household.persons() + " personer" : null));
        costs.add(new Line("Hushållsel", household.electricity(), null));
        costs.add(new Line("Hemförsäkring", Math.min(household.homeInsurance(), caps.homeInsurance()),
                household.homeInsurance() > caps.homeInsurance() ? "Över kommunens tak " + caps.homeInsurance() + " kr" : null));
        int costsTotal = costs.stream().mapToInt(Line::amount).sum();
        return new Result(norm.year(), norm.source(), List.copyOf(normLines), normTotal, List.copyOf(costs), costsTotal, household.incomes(),
                normTotal + costsTotal, household.otherCosts());
    }
}
