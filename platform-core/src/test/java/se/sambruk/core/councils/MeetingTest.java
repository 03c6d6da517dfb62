package se.sambruk.core.councils;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void decisionsAreNumberedAndApprovedMinutesAreLocked() {
        Meeting meeting = new Meeting(1, "Rådsmöte mars", NOW, "Teams", "ordf");
        meeting.addAgendaItem("Mötets öppnande", null);
        meeting.recordAttendance(10, "Ale", "Anders");
        assertThatThrownBy(() -> meeting.approve("ordf", NOW)).hasMessage("minutes.empty");
        assertThat(meeting.addDecision("Dagordningen fastställdes.", null, null, null)).isEqualTo(1);
        assertThat(meeting.addDecision("Förslaget antogs.", 5L, 7L, null)).isEqualTo(2);
        assertThat(meeting.records(7L, null)).isTrue();
        assertThat(meeting.getParagraphs()).extracting(Meeting.Paragraph::number).containsExactly(1, 2);

        meeting.approve("ordf", NOW.plusSeconds(3600));
        assertThat(meeting.isApproved()).isTrue();
        assertThatThrownBy(() -> meeting.addDecision("Ett till beslut.", null, null, null)).hasMessage("minutes.locked");
        assertThatThrownBy(() -> meeting.addAgendaItem("Övrigt", null)).hasMessage("minutes.locked");
        assertThatThrownBy(() -> meeting.recordAttendance(11, "Kil", "Karin")).hasMessage("minutes.locked");
        assertThatThrownBy(() -> meeting.recordAttendance(10, "Ale", "")).hasMessage("minutes.locked");
        assertThatThrownBy(() -> meeting.approve("någon", NOW)).hasMessage("minutes.locked");
        assertThat(meeting.getParagraphs()).hasSize(2);
        assertThat(meeting.getAttendance()).extracting(Meeting.Attendance::getRepresentedBy).containsExactly("Anders");
        assertThat(meeting.getApprovedBy()).isEqualTo("ordf");
    }
}
