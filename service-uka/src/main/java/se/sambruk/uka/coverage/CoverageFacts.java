package se.sambruk.uka.coverage;

import java.time.LocalDate;

/** What the rules need to know about a young person on a given day. */
public record CoverageFacts(LocalDate dateOfBirth, boolean registeredHere, boolean compulsorySchoolDone,
                            ProgrammeStatus programme) {

    /** Where the person stands with a national programme in upper secondary school (or equivalent). */
    public enum ProgrammeStatus {
        /** Neither attends nor has completed a national programme. */
        NONE,
        /** Attends a national programme. */
        ATTENDING,
        /** Holds a gymnasieexamen, gymnasiesärskolebevis or completed equivalent education (a studiebevis is not enough). */
        COMPLETED
    }
}
