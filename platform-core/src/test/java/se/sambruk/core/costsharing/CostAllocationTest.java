package se.sambruk.core.costsharing;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.sambruk.core.costsharing.CostAllocation.Share;
import se.sambruk.core.costsharing.CostAllocation.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostAllocationTest {

    private static final Year YEAR = Year.of(2026);

    @Test
    void equalSharesAddUpToTheÖre() {
        List<Share> shares = CostAllocation.allocate(100_00, AllocationKey.EQUAL, 0,
                List.of(unit(1, 10, 12), unit(2, 10, 12), unit(3, 10, 12)));
        assertThat(shares).extracting(Share::amount).containsExactly(33_34L, 33_33L, 33_33L);
    }

    @Test
    void populationKeyFollowsPopulation() {
        List<Share> shares = CostAllocation.allocate(1_000_000_00, AllocationKey.POPULATION, 0,
                List.of(unit(1, 30_000, 12), unit(2, 10_000, 12)));
        assertThat(shares).extracting(Share::amount).containsExactly(750_000_00L, 250_000_00L);
    }

    @Test
    void aJoinInJunePaysHalfAYear() {
        int months = CostAllocation.payingMonths(YEAR, LocalDate.of(2026, 6, 10), null);
        assertThat(months).isEqualTo(6);
        List<Share> shares = CostAllocation.allocate(300_00, AllocationKey.EQUAL, 0,
                List.of(unit(1, 1, 12), unit(2, 1, months)));
        assertThat(shares.get(1).amount() * 2).isEqualTo(shares.get(0).amount());
    }

    @Test
    void payingMonthsFollowTheRule() {
        assertThat(CostAllocation.payingMonths(YEAR, null, null)).isEqualTo(12);
        assertThat(CostAllocation.payingMonths(YEAR, LocalDate.of(2025, 3, 5), null)).isEqualTo(12);
        assertThat(CostAllocation.payingMonths(YEAR, LocalDate.of(2026, 6, 1), null)).isEqualTo(7);
        assertThat(CostAllocation.payingMonths(YEAR, null, LocalDate.of(2026, 7, 1))).isEqualTo(6);
        assertThat(CostAllocation.payingMonths(YEAR, null, LocalDate.of(2026, 6, 20))).isEqualTo(6);
        assertThat(CostAllocation.payingMonths(YEAR, null, LocalDate.of(2026, 1, 1))).isZero();
        assertThat(CostAllocation.payingMonths(YEAR, LocalDate.of(2027, 1, 1), null)).isZero();
        assertThat(CostAllocation.payingMonths(YEAR, LocalDate.of(2026, 12, 2), null)).isZero();
    }

    @Test
    void basePlusPerCapitaSplitsTheBaseEquallyAndTheRestByPopulation() {
        List<Share> shares = CostAllocation.allocate(1000_00, AllocationKey.BASE_PLUS_PER_CAPITA, 40,
                List.of(unit(1, 3_000, 12), unit(2, 1_000, 12)));
        // base 400 kr: 200 each; per capita 600 kr: 450 and 150
        assertThat(shares).extracting(Share::amount).containsExactly(650_00L, 350_00L);
    }

    @Test
    void usageKeyNeedsFigures() {
        assertThatThrownBy(() -> CostAllocation.allocate(100, AllocationKey.USAGE, 0, List.of(unit(1, 10, 12))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nobodyPayingMeansNoShares() {
        assertThat(CostAllocation.allocate(100, AllocationKey.EQUAL, 0, List.of(unit(1, 10, 0)))).isEmpty();
    }

    private static Unit unit(long id, long population, int months) {
        return new Unit(id, id, population, 0, months);
    }
}
