package se.sambruk.uka.coverage;

import java.time.LocalDate;
import java.util.List;

/** All conditions of skollagen 29 kap. 9 § together: covered when every one holds. */
public final class CoverageRules {

    private static final List<CoverageRule> RULES = List.of(new RegisteredInMunicipality(), new CompulsorySchoolCompleted(),
            new NotYetTwenty(), new NoNationalProgramme());

    private CoverageRules() {
    }

    /** The outcome: covered or not, and the keys of the conditions that do not hold. */
    public record Outcome(boolean covered, List<String> failing) {
    }

    public static Outcome evaluate(CoverageFacts facts, LocalDate today) {
        List<String> failing = RULES.stream().filter(rule -> !rule.holds(facts, today)).map(CoverageRule::key).toList();
        return new Outcome(failing.isEmpty(), failing);
    }

    /** The end reason code to suggest when coverage ends because of the failing conditions. */
    public static String suggestedEndReason(CoverageFacts facts, LocalDate today) {
        if (!new NotYetTwenty().holds(facts, today)) {
            return "FYLLT_20";
        }
        if (facts.programme() == CoverageFacts.ProgrammeStatus.ATTENDING) {
            return "NATIONELLT_PROGRAM";
        }
        if (facts.programme() == CoverageFacts.ProgrammeStatus.COMPLETED) {
            return "EXAMEN";
        }
        if (!facts.registeredHere()) {
            return "FLYTTAT";
        }
        return "ANNAT";
    }
}
