package se.sambruk.tillarbetslivet.placement;

/** The workplace's answer to "did the pupil come on time?". */
public enum Punctuality {
    ALWAYS, MOSTLY, SELDOM
}
