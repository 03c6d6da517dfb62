package se.sambruk.uka.coverage;

import java.time.LocalDate;

/**
 * "inte genomför eller har fullföljt utbildning på nationella program i gymnasieskolan eller
 * gymnasiesärskolan eller motsvarande utbildning": neither attends nor has completed one.
 * Introductory programmes (introduktionsprogram) are not national programmes, so their pupils
 * are covered.
 */
public final class NoNationalProgramme implements CoverageRule {

    @Override
    public String key() {
        return "uka.rule.noProgramme";
    }

    @Override
    public boolean holds(CoverageFacts facts, LocalDate today) {
        return facts.programme() == CoverageFacts.ProgrammeStatus.NONE;
    }
}
