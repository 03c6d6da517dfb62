package se.sambruk.core.costsharing;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import se.sambruk.core.costsharing.CostAllocation.Share;
import se.sambruk.core.costsharing.CostAllocation.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/** The sum and the rounding hold for random budgets, populations and dates. */
class CostAllocationProperties {

    @Property(tries = 500)
    void sharesAddUpExactlyToTheBudget(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long budget,
                                       @ForAll("keys") AllocationKey key,
                                       @ForAll @IntRange(min = 0, max = 100) int basePercent,
                                       @ForAll("units") @Size(min = 1, max = 60) List<Unit> units) {
        if (units.stream().noneMatch(unit -> unit.months() > 0)) {
            return;
        }
        List<Share> shares = CostAllocation.allocate(budget, key, basePercent, units);
        assertThat(shares.stream().mapToLong(Share::amount).sum()).isEqualTo(budget);
        assertThat(shares).allSatisfy(share -> assertThat(share.amount()).isNotNegative());
    }

    @Property(tries = 500)
    void noShareIsMoreThanAnÖreFromItsExactQuota(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long budget,
                                                 @ForAll("units") @Size(min = 1, max = 60) List<Unit> units) {
        long weightSum = units.stream().mapToLong(unit -> unit.population() * unit.months()).sum();
        if (weightSum == 0) {
            return;
        }
        for (Share share : CostAllocation.allocate(budget, AllocationKey.POPULATION, 0, units)) {
            double exact = (double) budget * share.unit().population() * share.unit().months() / weightSum;
            assertThat(Math.abs(share.amount() - exact)).isLessThan(1.0 + exact * 1e-12);
        }
    }

    @Property(tries = 300)
    void payingMonthsStayWithinTheYear(@ForAll("dates") LocalDate start, @ForAll("dates") LocalDate end) {
        int months = CostAllocation.payingMonths(Year.of(2026), start, end.isAfter(start) ? end : null);
        assertThat(months).isBetween(0, 12);
    }

    @Provide
    Arbitrary<AllocationKey> keys() {
        return Arbitraries.of(AllocationKey.EQUAL, AllocationKey.POPULATION, AllocationKey.BASE_PLUS_PER_CAPITA);
    }

    @Provide
    Arbitrary<List<Unit>> units() {
        Arbitrary<Unit> unit = Combinators.combine(
                Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.integers().between(0, 12)
        ).as((id, population, months) -> new Unit(id, id, population, 0, months));
        return unit.list().ofMinSize(1).ofMaxSize(60).map(ArrayList::new);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3 * 365).map(day -> LocalDate.of(2025, 1, 1).plusDays(day));
    }
}
