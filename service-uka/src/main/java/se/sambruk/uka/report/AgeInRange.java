package se.sambruk.uka.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.sambruk.core.PersonalIdentityNumber;

/**
 * The activity responsibility covers those who have not turned 20: no coverage in the period may
 * go on past the 20th birthday, and nobody is covered before the year they turn 16 (compulsory
 * school lasts until then).
 */
public final class AgeInRange implements ScbCheck {

    @Override
    public List<Problem> check(ScbReport.Individual person, Context context) {
        LocalDate born;
        try {
            born = new PersonalIdentityNumber(person.personnummer()).dateOfBirth();
        } catch (IllegalArgumentException e) {
            return List.of(); // ValidPersonnummer reports it
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate twenty = born.plusYears(20);
        for (ScbReport.Coverage c : person.coverage()) {
            LocalDate lastDay = c.end() != null ? c.end() : context.period().end();
            if (lastDay.isAfter(twenty) && !twenty.isAfter(context.period().end())) {
                problems.add(Problem.of(person, "uka.scb.check.turned20", ScbCheck.fix(c), twenty));
            }
            if (c.start() != null && c.start().getYear() - born.getYear() < 16) {
                problems.add(Problem.of(person, "uka.scb.check.tooYoung", ScbCheck.fix(c), c.start()));
            }
        }
        return problems.stream().distinct().toList();
    }
}
