package se.sambruk.tillarbetslivet.timerules;

import java.util.List;

/** A rule on a minor's working time, checked on every schedule. */
public interface TimeRule {

    /** The legal source, cited in every message. */
    String citation();

    List<Violation> check(List<WorkDay> schedule);
}
