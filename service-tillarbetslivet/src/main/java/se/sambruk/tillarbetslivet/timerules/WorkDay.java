package se.sambruk.tillarbetslivet.timerules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/** One day of a placement's schedule: the date and the hours the pupil is at the workplace. */
public record WorkDay(LocalDate date, LocalTime start, LocalTime end) {

    public WorkDay {
        if (date == null || start == null || end == null) {
            throw new IllegalArgumentException("A work day needs a date, a start and an end");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A work day ends after it starts");
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
