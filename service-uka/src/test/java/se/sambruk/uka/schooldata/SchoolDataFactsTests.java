package se.sambruk.uka.schooldata;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import se.sambruk.schooldata.SchoolRecords.Enrolment;
import se.sambruk.schooldata.SchoolRecords.Person;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a person read from SS 12000 says for the register: school types, programme, age window, folkbokföring. */
class SchoolDataFactsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final UUID UNIT = UUID.randomUUID();

    static String pnr(String date, String serial) {
        String eleven = date + serial;
        String ten = eleven.substring(2);
        int sum = 0;
        for (int k = 0; k < ten.length(); k++) {
            int d = (ten.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return eleven + (10 - sum % 10) % 10;
    }

    static Person person(String civicNo, Enrolment... enrolments) {
        return new Person(UUID.randomUUID(), "Alva", "Berg", civicNo, List.of(), "alva@example.se", List.of(enrolments));
    }

    static Enrolment enrolment(String schoolType, Integer year, String programme) {
        return new Enrolment(UNIT, schoolType, year, programme);
    }

    @Test
    void upperSecondarySchoolOnAnyProgrammeIsAttending() {
        var seen = SchoolDataFacts.of(person(pnr("20090301", "238"), enrolment("GY", 1, "Introduktionsprogram, språkintroduktion")),
                "2081", "2081", TODAY).orElseThrow();
        assertThat(seen.programme()).isEqualTo(ProgrammeStatus.ATTENDING);
        assertThat(seen.programmeName()).isEqualTo("Introduktionsprogram, språkintroduktion");
        assertThat(seen.compulsorySchoolDone()).isTrue();
        assertThat(seen.registeredHere()).isTrue();
        assertThat(SchoolDataFacts.of(person(pnr("20090301", "238"), enrolment("GYS", 2, null)), null, "2081", TODAY).orElseThrow()
                .programme()).isEqualTo(ProgrammeStatus.ATTENDING);
    }

    @Test
    void noEnrolmentOrOnlyAdultEducationIsNoProgrammeAndCompulsorySchoolDone() {
        var none = SchoolDataFacts.of(person(pnr("20080510", "123")), null, "2081", TODAY).orElseThrow();
        assertThat(none.programme()).isEqualTo(ProgrammeStatus.NONE);
        assertThat(none.compulsorySchoolDone()).isTrue();
        assertThat(none.registeredHere()).as("the source does not say").isNull();
        var komvux = SchoolDataFacts.of(person(pnr("20080510", "123"), enrolment("VUXGY", null, null)), "2081", "2081", TODAY).orElseThrow();
        assertThat(komvux.programme()).isEqualTo(ProgrammeStatus.NONE);
    }

    @Test
    void aPupilOfCompulsorySchoolHasNotFinishedIt() {
        for (String type : List.of("GR", "GRS", "SP", "SAM")) {
            var seen = SchoolDataFacts.of(person(pnr("20100110", "321"), enrolment(type, 9, null)), null, null, TODAY).orElseThrow();
            assertThat(seen.compulsorySchoolDone()).as(type).isFalse();
        }
    }

    @Test
    void onlyFromTheYearOfTurning16UntilThe20thBirthday() {
        // turns 16 in 2026: read; turns 16 in 2027: not
        assertThat(SchoolDataFacts.of(person(pnr("20101231", "123")), null, null, TODAY)).isPresent();
        assertThat(SchoolDataFacts.of(person(pnr("20110101", "123")), null, null, TODAY)).isEmpty();
        // 20 tomorrow: read; 20 today: not
        assertThat(SchoolDataFacts.of(person(pnr("20061208", "123")), null, null, TODAY)).isPresent();
        assertThat(SchoolDataFacts.of(person(pnr("20061207", "123")), null, null, TODAY)).isEmpty();
        // teachers and guardians without a civic number, or older
        assertThat(SchoolDataFacts.of(person(null), null, null, TODAY)).isEmpty();
        assertThat(SchoolDataFacts.of(person(pnr("19800101", "123")), null, null, TODAY)).isEmpty();
    }

    @Test
    void aWrongCheckDigitIsABadPersonWhoseMessageNamesNoNumber() {
        String good = pnr("20080510", "123");
        String bad = good.substring(0, 11) + ((good.charAt(11) - '0' + 1) % 10);
        assertThatThrownBy(() -> SchoolDataFacts.of(person(bad), null, null, TODAY)).isInstanceOf(SchoolDataFacts.BadPerson.class)
                .hasMessageNotContaining(bad.substring(0, 8));
    }

    @Test
    void folkbokforingInAnotherMunicipalityIsNotRegisteredHere() {
        var json = JsonMapper.builder().build();
        var node = json.readTree("""
                {"id":"x","addresses":[{"type":"Särskild postadress","municipalityCode":"2081"},
                 {"type":"Folkbokföring","municipalityCode":"2080"}]}""");
        assertThat(SchoolDataFacts.registeredMunicipality(node)).isEqualTo("2080");
        assertThat(SchoolDataFacts.of(person(pnr("20080510", "123")), "2080", "2081", TODAY).orElseThrow().registeredHere()).isFalse();
        assertThat(SchoolDataFacts.registeredMunicipality(json.readTree("{\"id\":\"x\"}"))).isNull();
    }
}
