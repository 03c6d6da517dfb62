package se.sambruk.tillarbetslivet.placement;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the workplace's supervisor signs to confirm a placement: the placement, the pupil, the place
 * and every day of the schedule, in a fixed order. Once the schedule changes the signature no longer
 * covers the document, and the placement is unconfirmed again.
 */
public final class Confirmation {

    public static final String SERVICE = "tillarbetslivet";

    private Confirmation() {
    }

    public static String documentRef(long placementId) {
        return "placering/" + placementId;
    }

    public static byte[] document(long placementId, String pupilName, String placeCode, String workplace, List<PlacementRecords.Day> days) {
        StringBuilder text = new StringBuilder("placering;").append(placementId).append(';').append(pupilName).append(';').append(placeCode)
                .append(';').append(workplace);
        for (PlacementRecords.Day day : days) {
            text.append(';').append(day.date()).append(' ').append(day.start()).append('-').append(day.end());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String summary(String pupilName, String workplace, List<PlacementRecords.Day> days) {
        String span = days.isEmpty() ? "" : ", " + days.size() + " dagar " + days.get(0).date() + " – " + days.get(days.size() - 1).date();
        return "Placering av " + pupilName + " på " + workplace + span + " enligt schemat";
    }
}
