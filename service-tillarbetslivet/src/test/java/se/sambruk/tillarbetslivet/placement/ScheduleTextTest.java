package se.sambruk.tillarbetslivet.placement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.sambruk.tillarbetslivet.timerules.WorkDay;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTextTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);

    @Test
    void readsOneDayALineInTheFormsPeopleTypeAndSortsThem() {
        ScheduleText.Parsed parsed = ScheduleText.parse("2027-03-09 8.30-15.00\n\n  2027-03-08 08:00–15:00  \r\n");
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.days()).containsExactly(new WorkDay(MONDAY, LocalTime.of(8, 0), LocalTime.of(15, 0)),
                new WorkDay(MONDAY.plusDays(1), LocalTime.of(8, 30), LocalTime.of(15, 0)));
        assertThat(ScheduleText.parse(ScheduleText.format(parsed.days())).days()).isEqualTo(parsed.days());
    }

    @Test
    void namesEveryLineItCannotRead() {
        ScheduleText.Parsed parsed = ScheduleText.parse("måndag 8-15\n2027-02-30 08:00-15:00\n2027-03-08 15:00-08:00\n2027-03-09 25:00-26:00");
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errors()).containsExactly("Rad 1: skriv dagen som 2027-03-08 08:00–15:00.",
                "Rad 2: datumet eller tiden finns inte.", "Rad 3: dagen måste sluta efter att den börjar.",
                "Rad 4: datumet eller tiden finns inte.");
        assertThat(ScheduleText.parse("  \n").errors()).containsExactly("Skriv minst en dag.");
    }

    @Test
    void suggestsTheWeekdaysOfAPeriodUpToALimit() {
        List<WorkDay> days = ScheduleText.suggest(MONDAY, MONDAY.plusDays(20), 10);
        assertThat(days).hasSize(10).allMatch(d -> d.date().getDayOfWeek().getValue() <= 5);
        assertThat(days.get(5).date()).isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void praoIsCheckedWithTheMinorsRulesAndThePeriodAplIsNot() {
        List<WorkDay> days = List.of(new WorkDay(MONDAY.minusDays(2), LocalTime.of(8, 0), LocalTime.of(16, 0)),
                new WorkDay(MONDAY, LocalTime.of(6, 0), LocalTime.of(12, 0)));
        List<String> prao = ScheduleCheck.problems(PeriodKind.PRAO, 8, null, MONDAY, MONDAY.plusDays(11), days);
        assertThat(prao).anyMatch(p -> p.startsWith("2027-03-06 ligger utanför perioden"))
                .anyMatch(p -> p.contains("lördag") && p.contains("AFS 2012:3"))
                .anyMatch(p -> p.contains("utanför kl. 07–20"))
                .anyMatch(p -> p.contains("mer än 7"));
        List<String> praktik = ScheduleCheck.problems(PeriodKind.PRAKTIK, 9, null, MONDAY.minusDays(2), MONDAY.plusDays(11), days);
        assertThat(praktik).hasSize(3).noneMatch(p -> p.contains("utanför perioden"));
        assertThat(ScheduleCheck.problems(PeriodKind.PRAKTIK, 11, null, MONDAY.minusDays(2), MONDAY.plusDays(11), days)).isEmpty();
        assertThat(ScheduleCheck.problems(PeriodKind.APL, 11, null, MONDAY.minusDays(2), MONDAY.plusDays(11), days)).isEmpty();
        assertThat(ScheduleCheck.problems(PeriodKind.PRAO, 8, null, MONDAY, MONDAY.plusDays(11),
                ScheduleText.suggest(MONDAY, MONDAY.plusDays(11), 10))).isEmpty();
    }

    @Test
    void aplOfAMinorFollowsTheRulesPastCompulsorySchoolAndAnAdultTheWorkplacesHours() {
        List<WorkDay> lateAndLong = List.of(new WorkDay(MONDAY, LocalTime.of(13, 0), LocalTime.of(23, 0)),
                new WorkDay(MONDAY.plusDays(1), LocalTime.of(7, 0), LocalTime.of(15, 0)));
        List<String> minor = ScheduleCheck.problems(PeriodKind.APL, 11, LocalDate.of(2010, 5, 1), MONDAY, MONDAY.plusDays(30), lateAndLong);
        assertThat(minor).hasSize(3)
                .anyMatch(p -> p.contains("mer än 8") && p.contains("AFS 2012:3"))
                .anyMatch(p -> p.contains("utanför kl. 06–22"))
                .anyMatch(p -> p.contains("vilan 8 timmar, mindre än 12"));
        assertThat(ScheduleCheck.problems(PeriodKind.PRAKTIK, 10, null, MONDAY, MONDAY.plusDays(30), lateAndLong)).hasSize(3);
        // eighteen before the first day: the workplace's hours; eighteen on the second day: only the first is a minor's
        assertThat(ScheduleCheck.problems(PeriodKind.APL, 12, LocalDate.of(2009, 3, 8), MONDAY, MONDAY.plusDays(30), lateAndLong)).isEmpty();
        assertThat(ScheduleCheck.problems(PeriodKind.APL, 12, LocalDate.of(2009, 3, 9), MONDAY, MONDAY.plusDays(30), lateAndLong)).hasSize(2)
                .noneMatch(p -> p.contains("vilan"));
    }

    @Test
    void periodKindsSuitTheirSchoolYears() {
        assertThat(PeriodKind.PRAO.allows(8)).isTrue();
        assertThat(PeriodKind.PRAO.allows(10)).isFalse();
        assertThat(PeriodKind.APL.allows(9)).isFalse();
        assertThat(PeriodKind.APL.allows(11)).isTrue();
        assertThat(PeriodKind.PRAKTIK.allows(7)).isTrue();
    }
}
