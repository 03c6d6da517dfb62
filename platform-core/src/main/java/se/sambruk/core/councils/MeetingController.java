package se.sambruk.core.councils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.councils.Councils.Council;

/** A council's meetings: the minutes page, its printable version and PDF, and the chair's forms. */
@Controller
class MeetingController {

    private final Councils councils;
    private final CouncilMeetings meetings;
    private final MinutesPdf pdf;
    private final Clock clock;

    MeetingController(Councils councils, CouncilMeetings meetings, MinutesPdf pdf, Clock clock) {
        this.councils = councils;
        this.meetings = meetings;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/councils/{code}/meetings/new")
    String newMeeting(@PathVariable String code, Model model) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        councils.requireChair(user, council);
        MeetingForm form = new MeetingForm();
        form.setHeldAt(LocalDateTime.now(clock.withZone(Councils.STOCKHOLM)).withSecond(0).withNano(0).toString());
        model.addAttribute("council", council);
        model.addAttribute("meetingForm", form);
        return "councils/meeting-form";
    }

    @PostMapping("/councils/{code}/meetings")
    String hold(@PathVariable String code, @ModelAttribute MeetingForm meetingForm, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        councils.requireChair(user, council);
        String title = CouncilForms.text(meetingForm.getTitle(), 200, "meeting", "title", errors);
        String place = CouncilForms.text(meetingForm.getPlace(), 200, "meeting", "place", errors);
        Instant heldAt = null;
        try {
            heldAt = LocalDateTime.parse(meetingForm.getHeldAt() == null ? "" : meetingForm.getHeldAt().strip())
                    .atZone(Councils.STOCKHOLM).toInstant();
        } catch (java.time.DateTimeException | ArithmeticException notATime) {
            errors.rejectValue("heldAt", "round.time.invalid");
        }
        if (errors.hasErrors()) {
            model.addAttribute("council", council);
            return "councils/meeting-form";
        }
        Meeting meeting = meetings.hold(user, council, title, heldAt, place);
        redirect.addFlashAttribute("flashKey", "meeting.created");
        return redirectTo(council, meeting.getId());
    }

    @GetMapping("/councils/{code}/meetings/{meetingId}")
    String meeting(@PathVariable String code, @PathVariable String meetingId, Model model) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        Meeting meeting = meetings.meeting(council, meetingId);
        fill(model, council, meeting);
        model.addAttribute("isChair", councils.mayChair(user, council));
        model.addAttribute("proposals", councils.proposals(council));
        return "councils/meeting";
    }

    /** The minutes alone, for printing. */
    @GetMapping("/councils/{code}/meetings/{meetingId}/print")
    String print(@PathVariable String code, @PathVariable String meetingId, Model model) {
        Council council = councils.follow(CurrentUser.require(), code);
        fill(model, council, meetings.meeting(council, meetingId));
        return "councils/minutes-print";
    }

    @GetMapping("/councils/{code}/meetings/{meetingId}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String code, @PathVariable String meetingId) {
        Council council = councils.follow(CurrentUser.require(), code);
        Meeting meeting = meetings.meeting(council, meetingId);
        byte[] bytes = pdf.render(council, meeting, titles(council), LocaleContextHolder.getLocale());
        return Downloads.file("protokoll-" + council.service().getCode() + "-" + meeting.getId() + ".pdf", Downloads.PDF, bytes);
    }

    @PostMapping("/councils/{code}/meetings/{meetingId}/agenda")
    String addAgendaItem(@PathVariable String code, @PathVariable String meetingId, @RequestParam(required = false) String title,
                         @RequestParam(required = false) String proposal, RedirectAttributes redirect) {
        return change(code, meetingId, redirect, (user, council, meeting) -> {
            String text = title == null ? "" : title.strip();
            if (text.isEmpty() || text.length() > 200) {
                throw new IllegalArgumentException("meeting.agenda.title.invalid");
            }
            Long proposalId = proposal == null || proposal.isBlank() ? null
                    : Councils.parseId(proposal).orElseThrow(() -> new IllegalArgumentException("meeting.agenda.proposal.invalid"));
            meetings.addAgendaItem(user, council, meeting, text, proposalId);
            return "meeting.agenda.added";
        });
    }

    @PostMapping("/councils/{code}/meetings/{meetingId}/attendance")
    String recordAttendance(@PathVariable String code, @PathVariable String meetingId,
                            @RequestParam(required = false) String organisation, @RequestParam(required = false) String representedBy,
                            RedirectAttributes redirect) {
        return change(code, meetingId, redirect, (user, council, meeting) -> {
            long organisationId = Councils.parseId(organisation).orElseThrow(() -> new IllegalArgumentException("minutes.attendance.notMember"));
            String name = representedBy == null ? "" : representedBy.strip();
            if (name.length() > 200) {
                throw new IllegalArgumentException("meeting.attendance.tooLong");
            }
            meetings.recordAttendance(user, council, meeting, organisationId, name);
            return "meeting.attendance.saved";
        });
    }

    @PostMapping("/councils/{code}/meetings/{meetingId}/decisions")
    String addDecision(@PathVariable String code, @PathVariable String meetingId, @RequestParam(required = false) String text,
                       @RequestParam(required = false) String proposal, RedirectAttributes redirect) {
        return change(code, meetingId, redirect, (user, council, meeting) -> {
            String decision = text == null ? "" : text.strip();
            if (decision.isEmpty() || decision.length() > 4000) {
                throw new IllegalArgumentException("minutes.decision.required");
            }
            Long proposalId = proposal == null || proposal.isBlank() ? null
                    : Councils.parseId(proposal).orElseThrow(() -> new IllegalArgumentException("meeting.agenda.proposal.invalid"));
            meetings.addDecision(user, council, meeting, decision, proposalId);
            return "minutes.decision.added";
        });
    }

    @PostMapping("/councils/{code}/meetings/{meetingId}/approve")
    String approve(@PathVariable String code, @PathVariable String meetingId, RedirectAttributes redirect) {
        return change(code, meetingId, redirect, (user, council, meeting) -> {
            meetings.approve(user, council, meeting);
            return "minutes.approved";
        });
    }

    private interface Change {
        String apply(CurrentUser user, Council council, long meetingId);
    }

    private String change(String code, String meetingId, RedirectAttributes redirect, Change change) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        councils.requireChair(user, council);
        Meeting meeting = meetings.meeting(council, meetingId);
        try {
            redirect.addFlashAttribute("flashKey", change.apply(user, council, meeting.getId()));
        } catch (IllegalStateException | IllegalArgumentException | se.sambruk.core.web.NotFoundException refused) {
            redirect.addFlashAttribute("flashKey", refused instanceof se.sambruk.core.web.NotFoundException
                    ? "meeting.agenda.proposal.invalid" : refused.getMessage());
        }
        return redirectTo(council, meeting.getId());
    }

    private void fill(Model model, Council council, Meeting meeting) {
        model.addAttribute("council", council);
        model.addAttribute("meeting", meeting);
        model.addAttribute("titles", titles(council));
        model.addAttribute("view", new CouncilController.View());
    }

    private Map<Long, String> titles(Council council) {
        return councils.proposals(council).stream().collect(Collectors.toMap(Proposal::getId, Proposal::getTitle));
    }

    private static String redirectTo(Council council, long meetingId) {
        return "redirect:/councils/" + council.service().getCode() + "/meetings/" + meetingId;
    }
}
