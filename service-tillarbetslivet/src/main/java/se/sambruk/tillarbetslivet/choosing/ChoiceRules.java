package se.sambruk.tillarbetslivet.choosing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a pupil's ranked choices follow when the pupil saves them in the e-service, the same the
 * coordinator's entry follows, plus the place's age limits and the period's maximum: each place at
 * most once, a place of the municipality whose dates meet the period, a pupil whose age on the
 * place's first day in the period is within the place's limits, and no more choices than the period
 * allows. Each problem names the choice (its index, 0 for the first) and a message that cites the rule.
 */
public final class ChoiceRules {

    /** What the rules need of a place. */
    public record Candidate(long id, LocalDate startsOn, LocalDate endsOn, int minAge, int maxAge) {
    }

    /** A broken rule at a choice: the message key and its arguments. */
    public record Problem(int index, String code, List<Object> args) {
    }

    private ChoiceRules() {
    }

    /**
     * @param chosen the places' ids, best first
     * @param places the municipality's places by id (a place not in it is not the municipality's)
     * @param bornOn the pupil's date of birth, null when unknown (then the age limits are not checked)
     */
    public static List<Problem> check(List<Long> chosen, int maxChoices, LocalDate periodStart, LocalDate periodEnd,
                                      Map<Long, Candidate> places, LocalDate bornOn) {
        List<Problem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            Long id = chosen.get(i);
            Candidate place = id == null ? null : places.get(id);
            if (i >= maxChoices) {
                problems.add(new Problem(i, "tal.choose.rule.tooMany", List.of(maxChoices)));
            } else if (place == null) {
                problems.add(new Problem(i, "tal.choose.rule.noSuchPlace", List.of()));
            } else if (!seen.add(id)) {
                problems.add(new Problem(i, "tal.choose.rule.twice", List.of()));
            } else if (place.endsOn().isBefore(periodStart) || place.startsOn().isAfter(periodEnd)) {
                problems.add(new Problem(i, "tal.choose.rule.notInPeriod", List.of(periodStart.toString(), periodEnd.toString())));
            } else if (bornOn != null) {
                LocalDate firstDay = place.startsOn().isAfter(periodStart) ? place.startsOn() : periodStart;
                int age = Period.between(bornOn, firstDay).getYears();
                if (age < place.minAge()) {
                    problems.add(new Problem(i, "tal.choose.rule.tooYoung", List.of(place.minAge(), age)));
                } else if (age > place.maxAge()) {
                    problems.add(new Problem(i, "tal.choose.rule.tooOld", List.of(place.maxAge(), age)));
                }
            }
        }
        return problems;
    }
}
