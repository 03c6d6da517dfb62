package se.sambruk.tillarbetslivet.season;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules for changing a place pupils may already be placed at (the coordinator's edit, or a
 * workplace's new version of its approved offer): the dates in order and at most a year, the ages in
 * order, no fewer seats than pupils placed at the same time, and every placed pupil's period still
 * meeting the place's dates (the rule a placement was made under). The errors by field, as message
 * keys with their arguments; none means the change may be saved.
 */
public final class PlaceChange {

    private PlaceChange() {
    }

    /** The place's new seats, dates and ages. */
    public record Change(int seats, LocalDate startsOn, LocalDate endsOn, int minAge, int maxAge) {
    }

    /** A placement at the place: its period's first and last day. */
    public record Placed(LocalDate startsOn, LocalDate endsOn) {
        boolean overlaps(Placed other) {
            return !endsOn.isBefore(other.startsOn) && !startsOn.isAfter(other.endsOn);
        }
    }

    /** A broken rule: the message key and its arguments. */
    public record Broken(String key, Object... args) {
    }

    public static Map<String, Broken> check(Change change, List<Placed> placed) {
        Map<String, Broken> errors = new LinkedHashMap<>();
        if (change.endsOn().isBefore(change.startsOn())) {
            errors.put("endsOn", new Broken("tal.place.endsBeforeStart"));
        } else if (change.endsOn().isAfter(change.startsOn().plusYears(1))) {
            errors.put("endsOn", new Broken("tal.offer.tooLong"));
        }
        if (change.maxAge() < change.minAge()) {
            errors.put("maxAge", new Broken("tal.offer.agesReversed"));
        }
        int atOnce = mostAtOnce(placed);
        if (change.seats() < atOnce) {
            errors.put("seats", new Broken("tal.change.fewerSeats", atOnce));
        }
        for (Placed p : placed) {
            if (!errors.containsKey("endsOn") && (change.endsOn().isBefore(p.startsOn()) || change.startsOn().isAfter(p.endsOn()))) {
                errors.put(change.startsOn().isAfter(p.endsOn()) ? "startsOn" : "endsOn",
                        new Broken("tal.change.periodOutside", p.startsOn().toString(), p.endsOn().toString()));
                break;
            }
        }
        return errors;
    }

    /** The most placements whose periods overlap one placement's period (each period counts those meeting it). */
    static int mostAtOnce(List<Placed> placed) {
        int most = 0;
        for (Placed p : placed) {
            int count = 0;
            for (Placed other : placed) {
                if (p.overlaps(other)) {
                    count++;
                }
            }
            most = Math.max(most, count);
        }
        return most;
    }
}
