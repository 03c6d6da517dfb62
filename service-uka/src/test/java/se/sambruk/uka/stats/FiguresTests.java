package se.sambruk.uka.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {

    static String pnr(String yyyymmdd, String serial) {
        String ten = yyyymmdd.substring(2) + serial;
        int sum = 0;
        for (int k = 0; k < ten.length(); k++) {
            int d = (ten.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return yyyymmdd + serial + (10 - sum % 10) % 10;
    }

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @Test
    void statusAgeGenderAndReachedAreCountedAtThePeriodsEnd() {
        var figures = Figures.of(FROM, TO, List.of(
                new Figures.Row(pnr("20090101", "248"), null, null, true),                                  // woman, 17, still covered
                new Figures.Row(pnr("20080630", "237"), LocalDate.of(2026, 3, 1), "FLYTTAT", false),        // man, turns 18 on the last day
                new Figures.Row(pnr("20060701", "457"), LocalDate.of(2026, 7, 15), "FYLLT_20", true),       // man, 19, coverage ends after the period
                new Figures.Row(pnr("20060301", "257"), LocalDate.of(2026, 3, 1), "FYLLT_20", false)),      // man, 20 at the end
                Map.of("PRAKTIK", 2L));
        assertThat(figures.total()).isEqualTo(4);
        assertThat(figures.byStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(Figures.STILL_COVERED, 2L, "FLYTTAT", 1L, "FYLLT_20", 1L));
        assertThat(figures.byAge()).containsExactlyEntriesOf(new java.util.LinkedHashMap<>(Map.of("15", 0L, "16", 0L, "17", 1L, "18", 1L, "19", 1L, "20", 1L)) {{
            clear(); put("15", 0L); put("16", 0L); put("17", 1L); put("18", 1L); put("19", 1L); put("20", 1L);
        }});
        assertThat(figures.women()).isEqualTo(1);
        assertThat(figures.men()).isEqualTo(3);
        assertThat(figures.reached()).isEqualTo(2);
        assertThat(figures.byCategory()).containsEntry("PRAKTIK", 2L);
    }

    @Test
    void anEmptyPeriodCountsNothing() {
        var figures = Figures.of(FROM, TO, List.of(), Map.of());
        assertThat(figures.total()).isZero();
        assertThat(figures.byAge().values()).containsOnly(0L);
        assertThat(figures.byStatus()).isEmpty();
    }

    @Test
    void anAnonymisedPersonCountsInTheTotalButHasNeitherAgeNorGender() {
        var figures = Figures.of(FROM, TO, List.of(new Figures.Row("G00000000042", LocalDate.of(2026, 2, 1), "FLYTTAT", true)), Map.of());
        assertThat(figures.total()).isEqualTo(1);
        assertThat(figures.reached()).isEqualTo(1);
        assertThat(figures.women() + figures.men()).isZero();
        assertThat(figures.byAge().values()).containsOnly(0L);
    }
}
