package se.sambruk.core.costsharing;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The självkostnad rule: a service's yearly cost, in öre, split among the municipalities it
 * serves by the year's allocation key, prorated by the months each one took part, so that the
 * shares add up exactly to the budget.
 */
public final class CostAllocation {

    private CostAllocation() {
    }

    /**
     * A municipality served in the year, and who pays for it (itself, or the body that acts for it).
     *
     * @param usage the usage figure the service reported for the year (only the USAGE key reads it)
     * @param period the months of the year it pays for
     */
    public record Unit(long payerId, long municipalityId, long population, long usage, PayingPeriod period) {
        public Unit {
            if (population < 0 || usage < 0) {
                throw new IllegalArgumentException("Population and usage cannot be negative");
            }
        }

        /** A unit that pays for the last {@code months} months of the year. */
        public Unit(long payerId, long municipalityId, long population, long usage, int months) {
            this(payerId, municipalityId, population, usage, months <= 0 ? PayingPeriod.NONE : new PayingPeriod(13 - Math.min(months, 12), 12));
        }

        public int months() {
            return period.months();
        }
    }

    public record Share(Unit unit, long amount) {
    }

    public static List<Share> allocate(long total, AllocationKey key, int basePercent, List<Unit> units) {
        List<Unit> paying = units.stream().filter(unit -> unit.months() > 0).toList();
        if (paying.isEmpty()) {
            return List.of();
        }
        long[] amounts = switch (key) {
            case EQUAL -> split(total, paying, Unit::months);
            case POPULATION -> split(total, paying, unit -> unit.population() * unit.months());
            case USAGE -> split(total, paying, Unit::usage);
            case BASE_PLUS_PER_CAPITA -> {
                if (basePercent < 0 || basePercent > 100) {
                    throw new IllegalArgumentException("The base part is a percentage, 0-100");
                }
                long base = Math.multiplyExact(total, basePercent) / 100;
                long[] baseParts = split(base, paying, Unit::months);
                long[] perCapita = split(total - base, paying, unit -> unit.population() * unit.months());
                long[] sum = new long[paying.size()];
                for (int i = 0; i < sum.length; i++) {
                    sum[i] = baseParts[i] + perCapita[i];
                }
                yield sum;
            }
        };
        List<Share> shares = new ArrayList<>(paying.size());
        for (int i = 0; i < paying.size(); i++) {
            shares.add(new Share(paying.get(i), amounts[i]));
        }
        return shares;
    }

    private static long[] split(long total, List<Unit> units, ToLongFunction<Unit> weight) {
        return LargestRemainder.split(total, units.stream().map(unit -> BigInteger.valueOf(weight.applyAsLong(unit))).toList());
    }

    /** The months of a year that a subscription pays for, {@code first} to {@code last} (1-12); empty when none. */
    public record PayingPeriod(int first, int last) {

        public static final PayingPeriod NONE = new PayingPeriod(1, 0);

        public int months() {
            return Math.max(0, last - first + 1);
        }

        /** Paying months within quarter 1-4. */
        public int monthsInQuarter(int quarter) {
            int from = Math.max(first, quarter * 3 - 2);
            int to = Math.min(last, quarter * 3);
            return Math.max(0, to - from + 1);
        }
    }

    /**
     * The months of {@code year} that a subscription pays for: a join pays from the first whole
     * month (a join on the 1st pays that month), a leave pays through the month it leaves in.
     * {@code endsOn} is the first day without the service; null dates mean open-ended.
     */
    public static PayingPeriod payingPeriod(Year year, LocalDate startsOn, LocalDate endsOn) {
        LocalDate first = year.atDay(1);
        LocalDate last = year.atMonth(12).atEndOfMonth();
        int firstMonth = 1;
        if (startsOn != null && startsOn.isAfter(first)) {
            if (startsOn.isAfter(last)) {
                return PayingPeriod.NONE;
            }
            firstMonth = startsOn.getMonthValue() + (startsOn.getDayOfMonth() == 1 ? 0 : 1);
        }
        int lastMonth = 12;
        if (endsOn != null && !endsOn.isAfter(last)) {
            LocalDate lastDay = endsOn.minusDays(1);
            if (lastDay.isBefore(first)) {
                return PayingPeriod.NONE;
            }
            lastMonth = lastDay.getMonthValue();
        }
        return lastMonth < firstMonth ? PayingPeriod.NONE : new PayingPeriod(firstMonth, lastMonth);
    }

    public static int payingMonths(Year year, LocalDate startsOn, LocalDate endsOn) {
        return payingPeriod(year, startsOn, endsOn).months();
    }
}
