package se.sambruk.uka.coverage;

import java.time.LocalDate;

/** "har fullgjort sin skolplikt eller motsvarande": compulsory school is finished. */
public final class CompulsorySchoolCompleted implements CoverageRule {

    @Override
    public String key() {
        return "uka.rule.compulsory";
    }

    @Override
    public boolean holds(CoverageFacts facts, LocalDate today) {
        return facts.compulsorySchoolDone();
    }
}
