package se.sambruk.uka.report;

import java.util.List;

import se.sambruk.core.PersonalIdentityNumber;

/** SCB identifies each young person by a valid personnummer or samordningsnummer (date and check digit). */
public final class ValidPersonnummer implements ScbCheck {

    @Override
    public List<Problem> check(ScbReport.Individual person, Context context) {
        try {
            new PersonalIdentityNumber(person.personnummer());
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(Problem.of(person, "uka.scb.check.personnummer", ""));
        }
    }
}
