package se.sambruk.uka.coverage;

import java.time.LocalDate;

/**
 * Skollagen 29 kap. 9 § as in force since 1 July 2018: the person does not attend upper secondary
 * school or adapted upper secondary school (gymnasieskolan, anpassade gymnasieskolan), any
 * programme, introductory programmes included, and holds no gymnasieexamen, gymnasiesärskolebevis
 * or completed equivalent education. A studiebevis is not an examen: its holder is covered.
 * (Skolverket, "Kommunernas aktivitetsansvar för ungdomar (KAA)".)
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
