package se.sambruk.tillarbetslivet.placement;

/** A pupil's attendance on one scheduled day. */
public enum Attendance {
    PRESENT, ABSENT_REPORTED, ABSENT
}
