package se.sambruk.uka.people;

import java.time.LocalDate;

/** The rows around a person: coverage periods, contacts, plan, actions and follow-ups. */
public final class Records {

    private Records() {
    }

    public record CoveragePeriod(long id, LocalDate start, LocalDate end, String reason, String endReason) {
    }

    public record Contact(long id, LocalDate date, String way, String byWhom, boolean reached, String outcome) {
    }

    public record Action(long id, String category, LocalDate start, LocalDate end, String responsible, String endReason) {
    }

    /** A follow-up date; a {@code meeting} is booked with the young person and shown on their own page. */
    public record FollowUp(long id, LocalDate due, String note, boolean done, boolean meeting) {
    }

    /** One row of a list: no full personnummer, only what the list shows. */
    public record ListRow(long id, String name, String masked, String caseworker, boolean covered, LocalDate lastContact,
                          LocalDate due) {
    }

    public record Code(String code, String label, boolean active) {
    }
}
