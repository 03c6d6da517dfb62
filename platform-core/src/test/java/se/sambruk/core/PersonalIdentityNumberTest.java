package se.sambruk.core;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalIdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest
    @CsvSource({
            "19121212-1212, 191212121212",   // Skatteverket's well-known test number
            "191212121212, 191212121212",
            "121212-1212, 201212121212",     // two-digit year: the latest century not in the future
            "121212+1212, 191212121212",     // plus: 100 years or older
            "20010131-9002, 200101319002",
            "19701063-2391, 197010632391"    // samordningsnummer: day 3 + 60
    })
    void readsTheFormsPeopleWrite(String written, String stored) {
        assertThat(PersonalIdentityNumber.parse(written, TODAY).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1213", "19121312-1212", "19120230-0000", "1912121212", "abc", "", "19121212--1212",
            "191212121212121212"})
    void refusesWrongCheckDigitsDatesAndFormats(String written) {
        assertThat(PersonalIdentityNumber.isValid(written, TODAY)).isFalse();
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(written, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isMaskedUnlessAskedForTheWholeNumber() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("19121212-1212", TODAY);
        assertThat(number.masked()).isEqualTo("19121212-****");
        assertThat(number).hasToString("19121212-****");
        assertThat(number.formatted()).isEqualTo("19121212-1212");
        assertThat(number.dateOfBirth()).isEqualTo(LocalDate.of(1912, 12, 12));
    }

    @Test
    void knowsACoordinationNumber() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("19701063-2391", TODAY);
        assertThat(number.isCoordinationNumber()).isTrue();
        assertThat(number.dateOfBirth()).isEqualTo(LocalDate.of(1970, 10, 3));
    }
}
