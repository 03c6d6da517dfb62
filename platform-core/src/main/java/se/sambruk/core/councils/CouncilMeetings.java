package se.sambruk.core.councils;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.councils.Councils.Member;
import se.sambruk.core.web.NotFoundException;

/**
 * The council's meetings and their minutes. Everyone who follows the council reads them; staff and
 * the chair hold meetings, keep the minutes and approve them, after which they are locked.
 */
@Service
@Transactional
public class CouncilMeetings {

    private final Councils councils;
    private final Meetings meetings;
    private final DecisionRecorder recorder;
    private final AuditLog audit;
    private final Clock clock;

    CouncilMeetings(Councils councils, Meetings meetings, DecisionRecorder recorder, AuditLog audit, Clock clock) {
        this.councils = councils;
        this.meetings = meetings;
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(Council council) {
        return meetings.findByServiceIdOrderByHeldAtDesc(council.service().getId());
    }

    @Transactional(readOnly = true)
    public Meeting meeting(Council council, String id) {
        return Councils.parseId(id).flatMap(meetings::findById)
                .filter(meeting -> meeting.getServiceId() == council.service().getId())
                .orElseThrow(NotFoundException::new);
    }

    /** A new meeting; its minutes take up the round results that closed while no minutes were open. */
    public Meeting hold(CurrentUser user, Council council, String title, Instant heldAt, String place) {
        councils.requireChair(user, council);
        Meeting meeting = meetings.save(new Meeting(council.service().getId(), title, heldAt, place, user.name()));
        recorder.recordPending(meeting);
        audit.record(AuditAction.REGISTER_CHANGED, "council_meeting", meeting.getId(), null, "meeting created");
        return meeting;
    }

    public void addAgendaItem(CurrentUser user, Council council, long meetingId, String title, Long proposalId) {
        Meeting meeting = chaired(user, council, meetingId);
        if (proposalId != null) {
            councils.proposalOf(council, proposalId);
        }
        meeting.addAgendaItem(title, proposalId);
    }

    public void recordAttendance(CurrentUser user, Council council, long meetingId, long organisationId, String representedBy) {
        Meeting meeting = chaired(user, council, meetingId);
        Member member = council.member(organisationId).orElseThrow(() -> new IllegalArgumentException("minutes.attendance.notMember"));
        meeting.recordAttendance(member.id(), member.name(), representedBy);
    }

    public int addDecision(CurrentUser user, Council council, long meetingId, String text, Long proposalId) {
        Meeting meeting = chaired(user, council, meetingId);
        if (proposalId != null) {
            councils.proposalOf(council, proposalId);
        }
        return meeting.addDecision(text, proposalId, null, null);
    }

    public void approve(CurrentUser user, Council council, long meetingId) {
        Meeting meeting = chaired(user, council, meetingId);
        meeting.approve(user.name(), Instant.now(clock));
        audit.record(AuditAction.REGISTER_CHANGED, "council_meeting", meeting.getId(), null, "minutes approved");
    }

    private Meeting chaired(CurrentUser user, Council council, long meetingId) {
        councils.requireChair(user, council);
        return meetings.findById(meetingId).filter(meeting -> meeting.getServiceId() == council.service().getId())
                .orElseThrow(NotFoundException::new);
    }
}
