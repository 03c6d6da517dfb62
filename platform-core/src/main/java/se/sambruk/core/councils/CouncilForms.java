package se.sambruk.core.councils;

import java.time.Instant;
import java.time.LocalDateTime;

import org.springframework.validation.BindingResult;

/** The councils' form checks shared by their pages: required text within a length, a local time. */
final class CouncilForms {

    private CouncilForms() {
    }

    /** The stripped text; an error with {@code <prefix>.<field>.required} when empty, or when too long. */
    static String text(String value, int max, String prefix, String field, BindingResult errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.rejectValue(field, prefix + "." + field + ".required");
        } else if (text.length() > max) {
            errors.rejectValue(field, "proposal.tooLong", new Object[] {max}, null);
        }
        return text;
    }

    /** A time typed in a datetime-local field, in Stockholm time; null with an error when it is not one. */
    static Instant time(String value, String field, BindingResult errors) {
        try {
            return LocalDateTime.parse(value == null ? "" : value.strip()).atZone(Councils.STOCKHOLM).toInstant();
        } catch (java.time.DateTimeException | ArithmeticException notATime) {
            errors.rejectValue(field, "round.time.invalid");
            return null;
        }
    }
}
