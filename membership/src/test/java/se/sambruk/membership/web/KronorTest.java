package se.sambruk.membership.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KronorTest {

    @Test
    void kronorAreReadAsTypedAndWrittenTheSwedishWay() {
        assertThat(Kronor.parse("25 000")).isEqualTo(25_000_00L);
        assertThat(Kronor.parse("12500,50 kr")).isEqualTo(12_500_50L);
        assertThat(Kronor.parse("tolv")).isNull();
        assertThat(Kronor.parse("-5")).isNull();
        assertThat(Kronor.format(3_400_000_00L)).isEqualTo("3\u00a0400\u00a0000");
        assertThat(Kronor.format(12_500_50L)).isEqualTo("12\u00a0500,50");
    }
}
