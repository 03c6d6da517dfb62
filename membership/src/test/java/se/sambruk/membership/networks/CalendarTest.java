package se.sambruk.membership.networks;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarTest {

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        StringBuilder ical = new StringBuilder();
        String summary = "SUMMARY:" + "Webbinarium om förvaltningsråd, åäö ".repeat(5);
        CalendarController.line(ical, summary);
        for (String line : ical.toString().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ical.toString().replace("\r\n ", "")).isEqualTo(summary + "\r\n");
    }

    @Test
    void textIsEscaped() {
        assertThat(CalendarController.text("a;b,c\nd\\")).isEqualTo("a\\;b\\,c\\nd\\\\");
    }
}
