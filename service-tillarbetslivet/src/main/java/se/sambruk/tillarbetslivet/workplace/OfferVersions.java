package se.sambruk.tillarbetslivet.workplace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** s10-tal: what a workplace's new version of an offer changes, field by field, for the coordinator's decision. */
public final class OfferVersions {

    private OfferVersions() {
    }

    /** A changed field: its label's message key, the value before and after. */
    public record Changed(String label, String before, String after) {
    }

    public static List<Changed> changes(Offers.Details before, Offers.Details after) {
        List<Changed> changes = new ArrayList<>();
        add(changes, "tal.place.trade", before.trade(), after.trade());
        add(changes, "tal.offer.description", before.description(), after.description());
        add(changes, "tal.place.address", before.address(), after.address());
        add(changes, "tal.workplace.area", before.area(), after.area());
        add(changes, "tal.place.seats", String.valueOf(before.seats()), String.valueOf(after.seats()));
        add(changes, "tal.place.dates", before.startsOn() + " – " + before.endsOn(), after.startsOn() + " – " + after.endsOn());
        add(changes, "tal.offer.ages", before.minAge() + "–" + before.maxAge(), after.minAge() + "–" + after.maxAge());
        add(changes, "tal.place.supervisor", before.supervisor() + ", " + before.supervisorEmail(), after.supervisor() + ", " + after.supervisorEmail());
        return changes;
    }

    private static void add(List<Changed> changes, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Changed(label, before, after));
        }
    }
}
