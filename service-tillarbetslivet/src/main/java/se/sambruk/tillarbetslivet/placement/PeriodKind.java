package se.sambruk.tillarbetslivet.placement;

/**
 * What a period is: prao (compulsory school, from year 8), praktik (other work experience or study
 * visits), APL (upper secondary vocational programmes' workplace learning).
 */
public enum PeriodKind {
    PRAO, PRAKTIK, APL;

    /** Whether a pupil in this school year may be placed in a period of this kind. */
    public boolean allows(int schoolYear) {
        return switch (this) {
            case PRAO -> schoolYear >= 7 && schoolYear <= 9;
            case APL -> schoolYear >= 10;
            case PRAKTIK -> true;
        };
    }
}
