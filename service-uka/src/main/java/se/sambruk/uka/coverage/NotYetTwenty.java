package se.sambruk.uka.coverage;

import java.time.LocalDate;

/**
 * "men inte har fyllt 20 år": covered up to the day before the 20th birthday; on the birthday
 * coverage ends.
 */
public final class NotYetTwenty implements CoverageRule {

    @Override
    public String key() {
        return "uka.rule.under20";
    }

    @Override
    public boolean holds(CoverageFacts facts, LocalDate today) {
        return today.isBefore(twentiethBirthday(facts.dateOfBirth()));
    }

    public static LocalDate twentiethBirthday(LocalDate dateOfBirth) {
        return dateOfBirth.plusYears(20);
    }
}
