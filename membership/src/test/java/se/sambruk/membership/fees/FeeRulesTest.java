package se.sambruk.membership.fees;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeeRulesTest {

    /** Sambruk's published schedule (2022), in öre. */
    static final List<FeeRules.Band> SCHEDULE_2022 = List.of(
            band(1, FeeBand.Category.MUNICIPALITY, 0, 7_000, 5_000, 5_000),
            band(2, FeeBand.Category.MUNICIPALITY, 7_000, 15_000, 5_000, 10_000),
            band(3, FeeBand.Category.MUNICIPALITY, 15_000, 25_000, 10_000, 25_000),
            band(4, FeeBand.Category.MUNICIPALITY, 25_000, 50_000, 10_000, 35_000),
            band(5, FeeBand.Category.MUNICIPALITY, 50_000, 100_000, 10_000, 50_000),
            band(6, FeeBand.Category.MUNICIPALITY, 100_000, 150_000, 20_000, 65_000),
            band(7, FeeBand.Category.MUNICIPALITY, 150_000, null, 25_000, 80_000),
            band(8, FeeBand.Category.OTHER, null, null, 5_000, 25_000));

    private static FeeRules.Band band(int position, FeeBand.Category category, Integer min, Integer max, long depositKr, long annualKr) {
        return new FeeRules.Band(position, category, min, max, depositKr * 100, annualKr * 100);
    }

    private static FeeRules.Payer municipality(int population, LocalDate since, boolean rejoining) {
        return new FeeRules.Payer(1, "Kommun", "MUNICIPALITY", population, since, null, rejoining);
    }

    @Test
    void aMunicipalityPaysTheAnnualFeeOfItsPopulationBand() {
        assertThat(FeeRules.fee(SCHEDULE_2022, municipality(6_999, null, false), 2022).orElseThrow().totalOre()).isEqualTo(5_000_00);
        assertThat(FeeRules.fee(SCHEDULE_2022, municipality(7_000, null, false), 2022).orElseThrow().totalOre()).isEqualTo(10_000_00);
        assertThat(FeeRules.fee(SCHEDULE_2022, municipality(24_999, null, false), 2022).orElseThrow().totalOre()).isEqualTo(25_000_00);
        assertThat(FeeRules.fee(SCHEDULE_2022, municipality(99_999, null, false), 2022).orElseThrow().totalOre()).isEqualTo(50_000_00);
        assertThat(FeeRules.fee(SCHEDULE_2022, municipality(150_000, null, false), 2022).orElseThrow().totalOre()).isEqualTo(80_000_00);
    }

    @Test
    void otherOrganisationsPayTheOtherBand() {
        var region = new FeeRules.Payer(2, "Region", "REGION", null, null, null, false);
        var federation = new FeeRules.Payer(3, "Förbund", "KOMMUNALFORBUND", 300_000, null, null, false);
        assertThat(FeeRules.fee(SCHEDULE_2022, region, 2022).orElseThrow().totalOre()).isEqualTo(25_000_00);
        assertThat(FeeRules.fee(SCHEDULE_2022, federation, 2022).orElseThrow().band().category()).isEqualTo(FeeBand.Category.OTHER);
    }

    @Test
    void theDepositIsDueInTheYearOfJoiningAndHalvedForARejoin() {
        LocalDate joined = LocalDate.of(2022, 3, 1);
        var fresh = FeeRules.fee(SCHEDULE_2022, municipality(30_000, joined, false), 2022).orElseThrow();
        assertThat(fresh.depositOre()).isEqualTo(10_000_00);
        assertThat(fresh.totalOre()).isEqualTo(45_000_00);
        var rejoin = FeeRules.fee(SCHEDULE_2022, municipality(30_000, joined, true), 2022).orElseThrow();
        assertThat(rejoin.depositOre()).isEqualTo(5_000_00);
        assertThat(FeeRules.fee(SCHEDULE_2022, municipality(30_000, joined, false), 2023).orElseThrow().depositOre()).isZero();
    }

    @Test
    void onlyOrganisationsThatAreMembersDuringTheYearPay() {
        var left = new FeeRules.Payer(4, "Förr", "MUNICIPALITY", 10_000, LocalDate.of(2010, 1, 1), LocalDate.of(2021, 12, 31), false);
        var leaving = new FeeRules.Payer(5, "Går", "MUNICIPALITY", 10_000, LocalDate.of(2010, 1, 1), LocalDate.of(2022, 12, 31), false);
        var future = new FeeRules.Payer(6, "Sen", "MUNICIPALITY", 10_000, LocalDate.of(2023, 1, 1), null, false);
        var fees = FeeRules.fees(SCHEDULE_2022, List.of(left, leaving, future), 2022);
        assertThat(fees).extracting(fee -> fee.payer().name()).containsExactly("Går");
        assertThat(FeeRules.total(fees)).isEqualTo(10_000_00);
    }
}
