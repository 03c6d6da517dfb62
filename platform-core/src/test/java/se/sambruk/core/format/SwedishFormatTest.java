package se.sambruk.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class SwedishFormatTest {

    private static final String NB = "\u00a0";

    @Test
    void countsAndAmountsAreGroupedYearsAreNot() {
        assertThat(SwedishFormat.count(1234)).isEqualTo("1" + NB + "234");
        assertThat(SwedishFormat.count(-5)).isEqualTo("\u22125");
        assertThat(SwedishFormat.year(2027)).isEqualTo("2027");
        assertThat(SwedishFormat.amount(340_000_000)).isEqualTo("3" + NB + "400" + NB + "000" + NB + "kr");
        assertThat(SwedishFormat.amount(1_250_050)).isEqualTo("12" + NB + "500,50" + NB + "kr");
        assertThat(SwedishFormat.kronor(1234)).isEqualTo("1" + NB + "234" + NB + "kr");
    }

    @Test
    void percentagesDecimalsAndCoordinates() {
        assertThat(SwedishFormat.percent(32)).isEqualTo("32" + NB + "%");
        assertThat(SwedishFormat.percent(4.5, 1)).isEqualTo("4,5" + NB + "%");
        assertThat(SwedishFormat.percent(4.0, 1)).isEqualTo("4" + NB + "%");
        assertThat(SwedishFormat.share(1, 3, 1)).isEqualTo("33,3" + NB + "%");
        assertThat(SwedishFormat.share(1, 0, 1)).isEqualTo("–");
        assertThat(SwedishFormat.decimal(1.25, 1)).isEqualTo("1,3");
        assertThat(SwedishFormat.position(57.98166666666667, 12.103571428571428)).isEqualTo("57.98167, 12.10357");
    }

    @Test
    void datesMonthsAndPlurals() {
        assertThat(SwedishFormat.date(LocalDate.of(2026, 12, 7))).isEqualTo("2026-12-07");
        assertThat(SwedishFormat.longDate(LocalDate.of(2026, 12, 7))).isEqualTo("7 december 2026");
        assertThat(SwedishFormat.month(YearMonth.of(2026, 1))).isEqualTo("jan. 2026");
        assertThat(SwedishFormat.dateTime(Instant.parse("2026-07-01T10:05:00Z"))).isEqualTo("2026-07-01 12:05");
        assertThat(SwedishFormat.plural(1, "organisation", "organisationer")).isEqualTo("1" + NB + "organisation");
        assertThat(SwedishFormat.plural(3, "organisation", "organisationer")).isEqualTo("3" + NB + "organisationer");
        assertThat(SwedishFormat.plural(0, "organisation", "organisationer")).isEqualTo("0" + NB + "organisationer");
    }
}
