package se.sambruk.tillarbetslivet.timerules;

import java.time.Duration;

/** Hours as the messages write them: "7", "7,5". */
final class Hours {

    private Hours() {
    }

    static String of(Duration length) {
        long minutes = length.toMinutes();
        return minutes % 60 == 0 ? String.valueOf(minutes / 60) : (minutes / 60) + "," + (minutes % 60 * 10 / 60);
    }
}
