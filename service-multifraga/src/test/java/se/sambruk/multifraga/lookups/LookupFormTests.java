package se.sambruk.multifraga.lookups;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LookupFormTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    LookupForm.Checked check(String persons, String from, String to, List<String> sources, String purpose, String law) {
        return new LookupForm(persons, "EB-2026-17", from, to, sources, purpose, law)
                .check(TODAY, codes -> codes.stream().filter(c -> !List.of("CSN", "AF").contains(c)).toList(), codes -> 24);
    }

    @Test
    void aValidHouseholdBecomesARequest() {
        LookupForm.Checked checked = check("19900101-1239\n8507099805", "2026-09-01", "2026-11-30", List.of("CSN", "AF"), "Utredning", "11 kap. 11 § SoL");
        assertThat(checked.ok()).isTrue();
        assertThat(checked.request().persons()).extracting(p -> p.value()).containsExactly("199001011239", "198507099805");
        assertThat(checked.request().purpose()).isEqualTo("Utredning");
    }

    @Test
    void aSamordningsnummerIsAccepted() {
        assertThat(check("19900161-1236", "2026-09-01", "2026-11-30", List.of("CSN"), "Utredning", "Lag").errors()).doesNotContainKey("persons");
    }

    @Test
    void badNumbersTwiceTheSameAndNoneAreRefused() {
        assertThat(check("19900101-1238", "2026-09-01", "2026-11-30", List.of("CSN"), "S", "L").errors()).containsEntry("persons", "mf.error.personInvalid");
        assertThat(check("19900101-1239\n199001011239", "2026-09-01", "2026-11-30", List.of("CSN"), "S", "L").errors())
                .containsEntry("persons", "mf.error.personTwice");
        assertThat(check(" ", "2026-09-01", "2026-11-30", List.of("CSN"), "S", "L").errors()).containsEntry("persons", "mf.error.personsMissing");
    }

    @Test
    void thePeriodMustRunForwardNotIntoTheFutureAndNotLongerThanTheSourcesAllow() {
        assertThat(check("19900101-1239", "2026-11-30", "2026-09-01", List.of("CSN"), "S", "L").errors()).containsEntry("to", "mf.error.periodBackwards");
        assertThat(check("19900101-1239", "2026-11-01", "2027-01-01", List.of("CSN"), "S", "L").errors()).containsEntry("to", "mf.error.periodFuture");
        assertThat(check("19900101-1239", "2024-01-01", "2026-11-30", List.of("CSN"), "S", "L").errors()).containsEntry("from", "mf.error.periodTooLong");
        assertThat(check("19900101-1239", "inte", "2026-11-30", List.of("CSN"), "S", "L").errors()).containsEntry("from", "mf.error.date");
    }

    @Test
    void sourcesPurposeAndLawAreRequired() {
        var errors = check("19900101-1239", "2026-09-01", "2026-11-30", List.of(), " ", "").errors();
        assertThat(errors).containsEntry("sources", "mf.error.sourcesMissing").containsEntry("purpose", "mf.error.purpose").containsEntry("law", "mf.error.law");
        assertThat(check("19900101-1239", "2026-09-01", "2026-11-30", List.of("XYZ"), "S", "L").errors()).containsEntry("sources", "mf.error.sourceUnknown");
    }
}
