package se.sambruk.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationNumberTest {

    @Test
    void aNumberWithItsCheckDigitIsReadInEveryCommonForm() {
        assertThat(OrganisationNumber.parse("556036-0793")).map(OrganisationNumber::value).contains("556036-0793");
        assertThat(OrganisationNumber.parse("5560360793")).map(OrganisationNumber::value).contains("556036-0793");
        assertThat(OrganisationNumber.parse(" 16556036-0793 ")).map(OrganisationNumber::value).contains("556036-0793");
        assertThat(OrganisationNumber.parse("212000-0142")).map(OrganisationNumber::value).contains("212000-0142");
    }

    @Test
    void aWrongCheckDigitOrFormIsRefused() {
        assertThat(OrganisationNumber.parse("556036-0794")).isEmpty();
        assertThat(OrganisationNumber.parse("556036-079")).isEmpty();
        assertThat(OrganisationNumber.parse("55603607930")).isEmpty();
        assertThat(OrganisationNumber.parse("abcdef-ghij")).isEmpty();
        assertThat(OrganisationNumber.parse("")).isEmpty();
        assertThat(OrganisationNumber.parse(null)).isEmpty();
        assertThat(OrganisationNumber.parse("5".repeat(10_000))).isEmpty();
        assertThatThrownBy(() -> new OrganisationNumber("5560360794")).isInstanceOf(IllegalArgumentException.class);
    }
}
