package se.sambruk.provisum.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartYearFeeTests {

    // 10 % of 2026's prisbasbelopp 59,200 kr
    private static final BigDecimal YEAR_FEE = Fees.fee(new BigDecimal("10"), 59200);

    @Test
    void aWholeYearIsTheYearsFee() {
        PartYearFee.Share share = PartYearFee.fee(YEAR_FEE, 2026, LocalDate.of(2025, 6, 1), null);
        assertThat(share.daysHeld()).isEqualTo(365);
        assertThat(share.wholeYear()).isTrue();
        assertThat(share.amount()).isEqualByComparingTo("5920");
    }

    @Test
    void aLeapYearHas366Days() {
        PartYearFee.Share whole = PartYearFee.fee(YEAR_FEE, 2028, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31));
        assertThat(whole.daysInYear()).isEqualTo(366);
        assertThat(whole.amount()).isEqualByComparingTo("5920");
        // January and February of a leap year: 31 + 29 = 60 days; 5920 × 60 / 366 = 970.49 → 970
        PartYearFee.Share winter = PartYearFee.fee(YEAR_FEE, 2028, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 2, 29));
        assertThat(winter.daysHeld()).isEqualTo(60);
        assertThat(winter.amount()).isEqualByComparingTo("970");
        // the same months in 2026 are 59 of 365 days: 5920 × 59 / 365 = 956.93 → 957
        assertThat(PartYearFee.fee(YEAR_FEE, 2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)).amount()).isEqualByComparingTo("957");
    }

    @Test
    void aFewDaysCountBothEnds() {
        // 29 to 31 December: 3 days; 5920 × 3 / 365 = 48.66 → 49
        PartYearFee.Share share = PartYearFee.fee(YEAR_FEE, 2026, LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 31));
        assertThat(share.daysHeld()).isEqualTo(3);
        assertThat(share.amount()).isEqualByComparingTo("49");
        // one day: 5920 / 365 = 16.22 → 16
        assertThat(PartYearFee.fee(YEAR_FEE, 2026, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1)).amount()).isEqualByComparingTo("16");
    }

    @Test
    void twoGuardiansInTurnShareTheYearsFee() {
        PartYearFee.Share first = PartYearFee.fee(YEAR_FEE, 2026, LocalDate.of(2024, 3, 1), LocalDate.of(2026, 6, 30));
        PartYearFee.Share second = PartYearFee.fee(YEAR_FEE, 2026, LocalDate.of(2026, 7, 1), null);
        assertThat(first.daysHeld()).isEqualTo(181);
        assertThat(second.daysHeld()).isEqualTo(184);
        assertThat(first.daysHeld() + second.daysHeld()).isEqualTo(365);
        assertThat(first.amount()).isEqualByComparingTo("2936");   // 5920 × 181 / 365 = 2935.67
        assertThat(second.amount()).isEqualByComparingTo("2984");  // 5920 × 184 / 365 = 2984.33
        assertThat(first.amount().add(second.amount())).isEqualByComparingTo(YEAR_FEE);
    }

    @Test
    void aPeriodOutsideTheYearOrBackwardsIsRefused() {
        assertThat(PartYearFee.daysHeld(2026, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isZero();
        assertThatThrownBy(() -> PartYearFee.fee(YEAR_FEE, 2026, LocalDate.of(2027, 1, 1), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartYearFee.daysHeld(2026, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
