package se.sambruk.uka.people;

import java.util.List;

/** A date (or reason) a form cannot take: the field, the message key and its arguments. */
public record DateProblem(String field, String key, List<Object> args) {

    static DateProblem of(String field, String key, Object... args) {
        return new DateProblem(field, key, List.of(args));
    }
}
