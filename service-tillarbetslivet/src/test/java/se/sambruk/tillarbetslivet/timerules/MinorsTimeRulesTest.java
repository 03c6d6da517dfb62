package se.sambruk.tillarbetslivet.timerules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinorsTimeRulesTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);

    static WorkDay day(LocalDate date, int from, int to) {
        return new WorkDay(date, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    static List<WorkDay> twoWeeks(int from, int to) {
        List<WorkDay> days = new ArrayList<>();
        for (int week = 0; week < 2; week++) {
            for (int d = 0; d < 5; d++) {
                days.add(day(MONDAY.plusWeeks(week).plusDays(d), from, to));
            }
        }
        return days;
    }

    @Test
    void tenWeekdaysOfSevenHoursInDaytimeBreakNoRule() {
        assertThat(MinorsTimeRules.checkPrao(twoWeeks(8, 15))).isEmpty();
    }

    @Test
    void aSaturdayIsRefusedCitingTheRule() {
        List<Violation> found = new PraoWeekdaysOnly().check(List.of(day(MONDAY.plusDays(5), 9, 12)));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.date()).isEqualTo(MONDAY.plusDays(5));
            assertThat(v.message()).contains("lördag").contains("AFS 2012:3");
        });
        assertThat(new PraoWeekdaysOnly().check(List.of(day(MONDAY.plusDays(4), 9, 12)))).isEmpty();
    }

    @Test
    void hoursBefore07OrAfter20AreRefused() {
        assertThat(new PraoDaytimeOnly().check(List.of(day(MONDAY, 6, 12)))).hasSize(1);
        assertThat(new PraoDaytimeOnly().check(List.of(day(MONDAY, 14, 21)))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("07–20").contains("AFS 2012:3"));
        assertThat(new PraoDaytimeOnly().check(List.of(day(MONDAY, 7, 14), day(MONDAY.plusDays(1), 13, 20)))).isEmpty();
    }

    @Test
    void moreThanSevenHoursADayIsRefused() {
        assertThat(new PraoAtMostSevenHours().check(List.of(day(MONDAY, 8, 15)))).isEmpty();
        List<Violation> found = new PraoAtMostSevenHours().check(
                List.of(new WorkDay(MONDAY, LocalTime.of(8, 0), LocalTime.of(15, 30))));
        assertThat(found).singleElement().satisfies(v -> assertThat(v.message()).contains("7,5 timmar").contains("AFS 2012:3"));
    }

    @Test
    void moreThanTenDaysOrADayTwiceIsRefusedCitingSkollagen() {
        List<WorkDay> eleven = new ArrayList<>(twoWeeks(8, 15));
        eleven.add(day(MONDAY.plusWeeks(2), 8, 15));
        assertThat(new PraoTenDays().check(eleven)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("11 dagar").contains("10 kap. 8 a §"));
        assertThat(new PraoTenDays().check(List.of(day(MONDAY, 8, 10), day(MONDAY, 12, 14)))).hasSize(1);
        assertThat(new PraoTenDays().check(twoWeeks(8, 15).subList(0, 5))).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReported() {
        List<Violation> found = MinorsTimeRules.checkPrao(List.of(day(MONDAY.plusDays(6), 6, 21)));
        assertThat(found).extracting(Violation::rule)
                .containsExactlyInAnyOrder("PraoWeekdaysOnly", "PraoDaytimeOnly", "PraoAtMostSevenHours");
    }

    @Test
    void pastCompulsorySchoolTwoWeeksOfEightHoursInDaytimeBreakNoRule() {
        assertThat(MinorsTimeRules.checkPastCompulsorySchool(twoWeeks(7, 15))).isEmpty();
        assertThat(MinorsTimeRules.PAST_COMPULSORY_SCHOOL).allSatisfy(rule -> assertThat(rule.citation()).contains("AFS 2012:3"));
    }

    @Test
    void moreThanEightHoursADayIsRefusedButEightIsNot() {
        assertThat(new AplAtMostEightHoursADay().check(List.of(day(MONDAY, 8, 16)))).isEmpty();
        assertThat(new AplAtMostEightHoursADay().check(List.of(new WorkDay(MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 30)))))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("8,5 timmar, mer än 8").contains("fullgjort skolplikten"));
    }

    @Test
    void moreThanFortyHoursInOneCalendarWeekIsRefused() {
        List<WorkDay> six = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            six.add(day(MONDAY.plusDays(d), 8, 15));
        }
        assertThat(new AplAtMostFortyHoursAWeek().check(six)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("Vecka 10").contains("42 timmar, mer än 40"));
        // the same hours across two calendar weeks (Thursday to Tuesday) are within the limit
        List<WorkDay> split = new ArrayList<>();
        for (int d = 3; d < 9; d++) {
            split.add(day(MONDAY.plusDays(d), 8, 15));
        }
        assertThat(new AplAtMostFortyHoursAWeek().check(split)).isEmpty();
    }

    @Test
    void workBetweenTwentyTwoAndSixIsRefused() {
        assertThat(new AplNoNightWork().check(List.of(day(MONDAY, 6, 22)))).isEmpty();
        assertThat(new AplNoNightWork().check(List.of(day(MONDAY, 5, 12), day(MONDAY.plusDays(1), 15, 23)))).hasSize(2)
                .allSatisfy(v -> assertThat(v.message()).contains("utanför kl. 06–22"));
    }

    @Test
    void lessThanTwelveHoursOfRestBetweenTwoDaysIsRefused() {
        assertThat(new AplDailyRest().check(List.of(day(MONDAY, 10, 18), day(MONDAY.plusDays(1), 6, 14)))).isEmpty();
        assertThat(new AplDailyRest().check(List.of(day(MONDAY.plusDays(1), 6, 14), day(MONDAY, 12, 20)))).singleElement()
                .satisfies(v -> {
                    assertThat(v.date()).isEqualTo(MONDAY.plusDays(1));
                    assertThat(v.message()).contains("vilan 10 timmar, mindre än 12").contains("dygnsvila");
                });
    }

    @Test
    void sevenWorkingDaysInARowLeaveNoWeeklyRest() {
        List<WorkDay> week = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            week.add(day(MONDAY.plusDays(d), 8, 12));
        }
        assertThat(new AplWeeklyRest().check(week)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("20 timmars sammanhängande vila, mindre än 36"));
        // Monday to Saturday noon leaves Saturday noon to Monday morning: enough
        List<WorkDay> six = new ArrayList<>(week.subList(0, 6));
        assertThat(new AplWeeklyRest().check(six)).isEmpty();
        assertThat(new AplWeeklyRest().check(twoWeeks(8, 16))).isEmpty();
    }
}
