package se.sambruk.tillarbetslivet.timerules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A minor who has finished compulsory school has at least twelve hours of rest in a row between two working days. */
public final class AplDailyRest implements TimeRule {

    public static final Duration MIN = Duration.ofHours(12);

    @Override
    public String citation() {
        return "AFS 2012:3 om minderårigas arbetsmiljö (minst 12 timmars sammanhängande dygnsvila för minderårig som fullgjort skolplikten)";
    }

    @Override
    public List<Violation> check(List<WorkDay> schedule) {
        List<WorkDay> days = schedule.stream().sorted(Comparator.comparing(WorkDay::date).thenComparing(WorkDay::start)).toList();
        List<Violation> violations = new ArrayList<>();
        for (int i = 1; i < days.size(); i++) {
            WorkDay before = days.get(i - 1);
            WorkDay day = days.get(i);
            Duration rest = Duration.between(LocalDateTime.of(before.date(), before.end()), LocalDateTime.of(day.date(), day.start()));
            if (rest.compareTo(MIN) < 0) {
                violations.add(new Violation("AplDailyRest", citation(), day.date(), "Mellan " + before.date() + " kl. " + before.end()
                        + " och " + day.date() + " kl. " + day.start() + " är vilan " + Hours.of(rest.isNegative() ? Duration.ZERO : rest)
                        + " timmar, mindre än 12 (" + citation() + ")."));
            }
        }
        return violations;
    }
}
