package se.sambruk.tillarbetslivet.choosing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceRulesTest {

    static final LocalDate START = LocalDate.of(2027, 3, 8);
    static final LocalDate END = LocalDate.of(2027, 3, 19);
    static final Map<Long, ChoiceRules.Candidate> PLACES = Map.of(
            1L, new ChoiceRules.Candidate(1, START, START.plusDays(4), 14, 20),
            2L, new ChoiceRules.Candidate(2, START.plusWeeks(1), END, 14, 20),
            3L, new ChoiceRules.Candidate(3, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 7), 14, 20),
            4L, new ChoiceRules.Candidate(4, START, END, 16, 20),
            5L, new ChoiceRules.Candidate(5, START, END, 13, 14));
    static final LocalDate BORN_2012 = LocalDate.of(2012, 5, 14); // 14 on 8 March 2027

    static List<String> codes(List<ChoiceRules.Problem> problems) {
        return problems.stream().map(p -> p.index() + ":" + p.code().substring("tal.choose.rule.".length())).toList();
    }

    @Test
    void placesOfThePeriodEachOnceWithinTheAgeLimitsPass() {
        assertThat(ChoiceRules.check(List.of(2L, 1L, 5L), 6, START, END, PLACES, BORN_2012)).isEmpty();
        assertThat(ChoiceRules.check(List.of(), 6, START, END, PLACES, BORN_2012)).isEmpty();
    }

    @Test
    void aPlaceTwiceIsRefusedAtItsSecondMention() {
        assertThat(codes(ChoiceRules.check(List.of(1L, 2L, 1L), 6, START, END, PLACES, BORN_2012))).containsExactly("2:twice");
    }

    @Test
    void aPlaceOutsideThePeriodOrNotTheMunicipalitysIsRefused() {
        assertThat(codes(ChoiceRules.check(Arrays.asList(3L, 99L, null), 6, START, END, PLACES, BORN_2012)))
                .containsExactly("0:notInPeriod", "1:noSuchPlace", "2:noSuchPlace");
    }

    @Test
    void thePlacesAgeLimitsApplyOnTheFirstDayOfThePlaceInThePeriod() {
        List<ChoiceRules.Problem> problems = ChoiceRules.check(List.of(4L), 6, START, END, PLACES, BORN_2012);
        assertThat(codes(problems)).containsExactly("0:tooYoung");
        assertThat(problems.get(0).args()).containsExactly(16, 14);
        assertThat(codes(ChoiceRules.check(List.of(5L), 6, START, END, PLACES, LocalDate.of(2011, 1, 1)))).containsExactly("0:tooOld");
        // 14 on the day the place starts in the period: a pupil born on 8 March 2013 is 14 that very day
        assertThat(ChoiceRules.check(List.of(1L), 6, START, END, PLACES, LocalDate.of(2013, 3, 8))).isEmpty();
        assertThat(codes(ChoiceRules.check(List.of(1L), 6, START, END, PLACES, LocalDate.of(2013, 3, 9)))).containsExactly("0:tooYoung");
        // without a date of birth the age limits are not checked
        assertThat(ChoiceRules.check(List.of(4L), 6, START, END, PLACES, null)).isEmpty();
    }

    @Test
    void noMoreChoicesThanThePeriodAllows() {
        assertThat(codes(ChoiceRules.check(List.of(1L, 2L, 5L), 2, START, END, PLACES, BORN_2012))).containsExactly("2:tooMany");
    }
}
