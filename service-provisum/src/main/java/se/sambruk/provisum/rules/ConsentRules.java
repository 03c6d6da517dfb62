package se.sambruk.provisum.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * When the office asks the principal: before it consents to a sale (FB 14 kap. 11 §) or an estate
 * distribution, or permits an uttag from a blocked account (FB 13 kap. 9 §), the principal who has
 * turned 16 is given the chance to have their say (FB 16 kap. 4 §). The e-service asks the principal
 * to give or refuse consent with e-legitimation.
 */
public final class ConsentRules {

    /** The age from which the principal is asked. */
    public static final int AGE = 16;

    public static final String PARAGRAPH = "FB 16 kap. 4 §";

    /** The answers a principal can sign. */
    public enum Answer { GIVEN, REFUSED }

    private ConsentRules() {
    }

    /** The case types whose decision asks for the principal's consent. */
    public static boolean asksPrincipal(CaseType type) {
        return type == CaseType.SAMTYCKE || type == CaseType.UTTAGSTILLSTAND;
    }

    /** Whether a principal born on that day has turned 16 by {@code today}. */
    public static boolean oldEnough(LocalDate birth, LocalDate today) {
        return birth != null && !birth.isAfter(today) && Period.between(birth, today).getYears() >= AGE;
    }

    /** The question typed by the caseworker: required, at most 1000 characters. */
    public static boolean validQuestion(String question) {
        return question != null && !question.isBlank() && question.strip().length() <= 1000;
    }
}
