package se.sambruk.multifraga.applications;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The riksnorm kept as data per year: the year of the application's month picks the table; the period the automatic look-up asks. */
class RiksnormTests {

    @Test
    void theYearPicksTheTable() {
        assertThat(Riksnorm.TABLES.keySet()).containsExactly(2014, 2019, 2021);
        assertThat(Riksnorm.forYear(2019).single()).isEqualTo(3090);
        assertThat(Riksnorm.forYear(2019).child(15)).isEqualTo(3880);
        assertThat(Riksnorm.forYear(2019).common(3)).isEqualTo(1380);
        assertThat(Riksnorm.forYear(2020).year()).isEqualTo(2019);
        assertThat(Riksnorm.forYear(2021).source()).contains("SFS 2020:1013");
        assertThat(Riksnorm.forYear(2026).year()).isEqualTo(2021);
        assertThat(Riksnorm.forYear(2010).year()).isEqualTo(2014);
        assertThat(Riksnorm.forYear(2014).couple()).isEqualTo(5320);
    }

    @Test
    void aLineNeedsEveryField() {
        Riksnorm parsed = Riksnorm.parse("2030|test|0,20|100,200|3000|5000|1,2,3,4,5,6,7");
        assertThat(parsed.year()).isEqualTo(2030);
        assertThat(parsed.child(20)).isEqualTo(200);
        assertThatThrownBy(() -> Riksnorm.parse("2030|test|0,20|100|3000|5000|1,2,3,4,5,6,7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Riksnorm.parse("2030|test|0|100|3000|5000|1,2,3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Riksnorm.parse("2030|test|0|100|3000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAutomaticLookUpAsksForTheMonthBefore() {
        assertThat(SubmissionLookup.period(YearMonth.of(2026, 12), LocalDate.of(2026, 12, 7)))
                .isEqualTo(new SubmissionLookup.LookupPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        // applying for the month just begun asks the month before in full; for last month, the one before that
        assertThat(SubmissionLookup.period(YearMonth.of(2026, 11), LocalDate.of(2026, 12, 7)).from()).isEqualTo(LocalDate.of(2026, 10, 1));
        // a month before is never into the future: at most to today
        assertThat(SubmissionLookup.period(YearMonth.of(2027, 1), LocalDate.of(2026, 12, 7)).to()).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
