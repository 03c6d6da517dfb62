package se.sambruk.multifraga.lookups;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.sambruk.multifraga.MultifragaModule;
import se.sambruk.multifraga.sources.ReportType;
import se.sambruk.multifraga.sources.SourceAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/** Report types per role and the withholding of a protected person's address. */
class DisclosureTests {

    SourceAnswer answer = new SourceAnswer(SourceAnswer.State.ANSWERED, "ok", List.of(
            new SourceAnswer.Fact("formansinformation.generellPersoninformation.adress.utdelningadress", "Påhittade gatan 12"),
            new SourceAnswer.Fact("formansinformation.generellPersoninformation.adress.postnummer", "78431"),
            new SourceAnswer.Fact("formansinformation.generellPersoninformation.adress.postort", "BORLÄNGE"),
            new SourceAnswer.Fact("formansinformation.generellPersoninformation.skyddad", "true"),
            new SourceAnswer.Fact("utlamnare.tillstand.kod", "OK")), List.of(), true);
    AnswerRow row = new AnswerRow(0, "19730816-****", "FK", "Försäkringskassan", answer, 120);

    @Test
    void aProtectedPersonsAddressIsWithheldWithoutTheReportType() {
        AnswerRow shown = Disclosure.shown(row, Set.of(MultifragaModule.MF_CASEWORKER)::contains, ReportType.HOUSEHOLD, Set.of(0));
        assertThat(shown.withheld()).isEqualTo(Disclosure.Withheld.ADDRESS);
        assertThat(shown.answer().facts()).extracting(SourceAnswer.Fact::value).containsExactly("true", "OK");
    }

    @Test
    void theReportTypeProtectedIdentityShowsTheAddress() {
        AnswerRow shown = Disclosure.shown(row, Set.of(MultifragaModule.MF_CASEWORKER, MultifragaModule.MF_PROTECTED)::contains,
                ReportType.HOUSEHOLD, Set.of(0));
        assertThat(shown.withheld()).isEqualTo(Disclosure.Withheld.NOTHING);
        assertThat(shown.answer().facts()).hasSize(5);
    }

    @Test
    void aPersonWithoutProtectedIdentityIsShownWhole() {
        AnswerRow shown = Disclosure.shown(row, Set.of(MultifragaModule.MF_CASEWORKER)::contains, ReportType.HOUSEHOLD, Set.of(1));
        assertThat(shown.answer().facts()).hasSize(5);
    }

    @Test
    void aSourceOutsideTheRolesReportTypesIsWithheldWhole() {
        AnswerRow shown = Disclosure.shown(row, Set.of(MultifragaModule.MF_CASEWORKER)::contains, ReportType.CREDIT, Set.of());
        assertThat(shown.withheld()).isEqualTo(Disclosure.Withheld.REPORT_TYPE);
        assertThat(shown.answer().facts()).isEmpty();
        assertThat(shown.answer().state()).isEqualTo(SourceAnswer.State.ANSWERED);
        AnswerRow granted = Disclosure.shown(row, Set.of(MultifragaModule.MF_CASEWORKER, MultifragaModule.MF_CREDIT)::contains,
                ReportType.CREDIT, Set.of());
        assertThat(granted.answer().facts()).hasSize(5);
    }

    @Test
    void addressLabelsAreRecognised() {
        assertThat(Disclosure.isAddress("adress.postort")).isTrue();
        assertThat(Disclosure.isAddress("Utdelningsadress1")).isTrue();
        assertThat(Disclosure.isAddress("Postnummer")).isTrue();
        assertThat(Disclosure.isAddress("regnr")).isFalse();
        assertThat(Disclosure.isAddress("beslutsdatum")).isFalse();
    }
}
