package se.sambruk.uka.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sambruk.uka.report.ReportTestData.action;
import static se.sambruk.uka.report.ReportTestData.alva;
import static se.sambruk.uka.report.ReportTestData.context;
import static se.sambruk.uka.report.ReportTestData.covered;
import static se.sambruk.uka.report.ReportTestData.elias;
import static se.sambruk.uka.report.ReportTestData.pnr;

class ScbChecksTests {

    static ScbReport.Individual person(String pnr, List<ScbReport.Coverage> coverage, List<ScbReport.Act> actions) {
        return new ScbReport.Individual(7, "Maja Testlund", pnr, coverage, 1, true, actions);
    }

    static List<String> keys(ScbCheck check, ScbReport.Individual person) {
        return check.check(person, context()).stream().map(ScbCheck.Problem::key).toList();
    }

    @Test
    void theKnownGoodDataSetHasNoProblems() {
        assertThat(ScbChecks.check(List.of(alva(), elias()), context())).isEmpty();
    }

    @Test
    void aPersonnummerWithAWrongCheckDigitIsAProblemOnThePersonsPage() {
        String good = pnr("20080510", "238");
        String bad = good.substring(0, 11) + ((good.charAt(11) - '0' + 1) % 10);
        var problems = new ValidPersonnummer().check(person(bad, List.of(covered("2025-09-01", null, null)), List.of()), context());
        assertThat(problems).extracting(ScbCheck.Problem::key).containsExactly("uka.scb.check.personnummer");
        assertThat(problems.get(0).link()).isEqualTo("/uka/personer/7");
        assertThat(problems.get(0).masked()).isEqualTo("20080510-****");
        assertThat(keys(new ValidPersonnummer(), person(good, List.of(), List.of()))).isEmpty();
    }

    @Test
    void coverageAfterTheTwentiethBirthdayIsAProblemButEndingOnItIsNot() {
        String turns20InMarch = pnr("20060310", "238");
        var open = person(turns20InMarch, List.of(covered("2025-09-01", null, null)), List.of());
        var problems = new AgeInRange().check(open, context());
        assertThat(problems).extracting(ScbCheck.Problem::key).containsExactly("uka.scb.check.turned20");
        assertThat(problems.get(0).args()).containsExactly("2026-03-10");
        assertThat(problems.get(0).link()).isEqualTo("/uka/personer/7/perioder/1"); // the form of that very period
        assertThat(keys(new AgeInRange(), person(turns20InMarch, List.of(covered("2025-09-01", "2026-03-10", "FYLLT_20")), List.of()))).isEmpty();
        // covered from the year of turning 15: too young
        assertThat(keys(new AgeInRange(), person(pnr("20110101", "238"), List.of(covered("2026-02-01", null, null)), List.of())))
                .containsExactly("uka.scb.check.tooYoung");
    }

    @Test
    void coverageThatEndedNeedsAReasonAndAnEndOnOrAfterItsStart() {
        String p = pnr("20080510", "238");
        assertThat(keys(new CoverageDates(), person(p, List.of(covered("2026-03-01", "2026-02-01", "FLYTTAT")), List.of())))
                .containsExactly("uka.scb.check.coverageEndBeforeStart");
        assertThat(keys(new CoverageDates(), person(p, List.of(covered("2026-01-10", "2026-02-01", null)), List.of())))
                .containsExactly("uka.scb.check.coverageNoReason");
        // ended after the period: nothing to say about it in this period
        assertThat(keys(new CoverageDates(), person(p, List.of(covered("2026-01-10", "2026-08-01", null)), List.of()))).isEmpty();
    }

    @Test
    void actionsNeedAStartAnEndAfterItAReasonAndNoEndInTheFuture() {
        String p = pnr("20080510", "238");
        var coverage = List.of(covered("2025-09-01", null, null));
        assertThat(keys(new ActionDates(), person(p, coverage, List.of(action("PRAKTIK", null, null, null)))))
                .containsExactly("uka.scb.check.actionNoStart");
        assertThat(keys(new ActionDates(), person(p, coverage, List.of(action("PRAKTIK", "2026-03-01", "2026-02-01", "AVSLUTAD_ENLIGT_PLAN")))))
                .containsExactly("uka.scb.check.actionEndBeforeStart");
        assertThat(new ActionDates().check(person(p, coverage, List.of(action("PRAKTIK", "2026-03-01", "2026-02-01", "AVSLUTAD_ENLIGT_PLAN"))), context()))
                .extracting(ScbCheck.Problem::link).containsExactly("/uka/personer/7/atgarder/1"); // the form of that very action
        assertThat(keys(new ActionDates(), person(p, coverage, List.of(action("PRAKTIK", "2026-03-01", "2026-04-01", null)))))
                .containsExactly("uka.scb.check.actionNoReason");
        assertThat(keys(new ActionDates(), person(p, coverage, List.of(action("PRAKTIK", "2026-03-01", "2027-01-31", "AVSLUTAD_ENLIGT_PLAN")))))
                .containsExactly("uka.scb.check.actionEndsInFuture");
        assertThat(keys(new ActionDates(), person(p, coverage, List.of(action("PRAKTIK", "2026-03-01", null, null))))).isEmpty();
    }

    @Test
    void anActionStartsWhileThePersonIsCoveredAndDoesNotOutlastTheCoverage() {
        String p = pnr("20080510", "238");
        var ended = List.of(covered("2025-09-01", "2026-04-01", "FLYTTAT"));
        assertThat(keys(new ActionWithinCoverage(), person(p, ended, List.of(action("PRAKTIK", "2026-05-01", "2026-05-20", "AVSLUTAD_ENLIGT_PLAN")))))
                .containsExactly("uka.scb.check.actionOutsideCoverage");
        assertThat(keys(new ActionWithinCoverage(), person(p, ended, List.of(action("PRAKTIK", "2026-03-01", null, null)))))
                .containsExactly("uka.scb.check.actionAfterCoverage");
        assertThat(keys(new ActionWithinCoverage(), person(p, ended, List.of(action("PRAKTIK", "2026-03-01", "2026-04-01", "AVSLUTAD_ENLIGT_PLAN")))))
                .isEmpty();
        assertThat(keys(new ActionWithinCoverage(), person(p, List.of(covered("2026-02-01", null, null)),
                List.of(action("PRAKTIK", "2026-01-15", null, null))))).containsExactly("uka.scb.check.actionOutsideCoverage");
    }

    @Test
    void codesMustBeInTheListsAndNotRetired() {
        String p = pnr("20080510", "238");
        var coverage = List.of(covered("2025-09-01", null, null));
        assertThat(keys(new KnownCodes(), person(p, coverage, List.of(action("GAMMAL", "2026-03-01", null, null)))))
                .containsExactly("uka.scb.check.codeRetired");
        assertThat(keys(new KnownCodes(), person(p, coverage, List.of(action("BREVDUVA", "2026-03-01", null, null)))))
                .containsExactly("uka.scb.check.codeUnknown");
        assertThat(keys(new KnownCodes(), person(p, coverage, List.of(action(null, "2026-03-01", null, null)))))
                .containsExactly("uka.scb.check.codeMissing");
        assertThat(keys(new KnownCodes(), person(p, List.of(covered("2025-09-01", "2026-02-01", "FLYTTAT")), List.of())))
                .containsExactly("uka.scb.check.codeRetired");
        assertThat(keys(new KnownCodes(), person(p, coverage, List.of(action("PRAKTIK", "2026-03-01", "2026-04-01", "AVSLUTAD_ENLIGT_PLAN")))))
                .isEmpty();
    }

    @Test
    void everyCoveragePeriodSaysWhyThePersonIsRegisteredWithACodeInUse() {
        String p = pnr("20080510", "238");
        var without = List.of(covered("2025-09-01", null, null));
        assertThat(keys(new RegistrationReasonGiven(), person(p, without, List.of()))).containsExactly("uka.scb.check.registrationReasonMissing");
        var given = List.of(new ScbReport.Coverage(java.time.LocalDate.parse("2025-09-01"), null, null, "GRUNDSKOLA", false));
        assertThat(keys(new RegistrationReasonGiven(), person(p, given, List.of()))).isEmpty();
        var retired = List.of(new ScbReport.Coverage(java.time.LocalDate.parse("2025-09-01"), null, null, "INTRODUKTION", false));
        assertThat(keys(new KnownCodes(), person(p, retired, List.of()))).containsExactly("uka.scb.check.codeRetired");
        var unknown = List.of(new ScbReport.Coverage(java.time.LocalDate.parse("2025-09-01"), null, null, "PÅHITTAD", false));
        assertThat(keys(new KnownCodes(), person(p, unknown, List.of()))).containsExactly("uka.scb.check.codeUnknown");
    }

    @Test
    void aDeclinedOfferNeedsTheActionThatWasOffered() {
        String p = pnr("20080510", "238");
        var declined = List.of(new ScbReport.Coverage(java.time.LocalDate.parse("2025-09-01"), null, null, "GRUNDSKOLA", true));
        assertThat(keys(new DeclinedOfferHasAction(), person(p, declined, List.of()))).containsExactly("uka.scb.check.declinedWithoutAction");
        assertThat(keys(new DeclinedOfferHasAction(), person(p, declined,
                List.of(action("PRAKTIK", "2026-03-01", "2026-03-01", "TACKADE_NEJ"))))).isEmpty();
    }
}
