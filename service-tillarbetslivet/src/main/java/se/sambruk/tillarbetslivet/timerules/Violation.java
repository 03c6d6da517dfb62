package se.sambruk.tillarbetslivet.timerules;

import java.time.LocalDate;

/**
 * A schedule breaks a rule: which rule, the legal source it cites, the day (null for the whole
 * schedule) and a message in Swedish that names the rule.
 */
public record Violation(String rule, String citation, LocalDate date, String message) {
}
