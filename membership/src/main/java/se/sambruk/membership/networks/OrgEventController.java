package se.sambruk.membership.networks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.membership.web.Ids;
import se.sambruk.membership.web.NotFound;

/** A member's administrator registers the organisation's people for coming events and sees only its own registrations. */
@Controller
class OrgEventController {

    private final Events events;
    private final AuditLog audit;
    private final Clock clock;

    OrgEventController(Events events, AuditLog audit, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** An event as a member sees it: no other organisation's registrations. */
    public record MemberView(Event event, List<EventRegistration> ours) {
    }

    @GetMapping("/org/events")
    @Transactional(readOnly = true)
    String list(Model model) {
        long organisation = CurrentUser.require().organisationId();
        model.addAttribute("events", events.findByStartsAtAfterOrderByStartsAt(Instant.now(clock)).stream()
                .map(event -> new MemberView(event, event.getRegistrations().stream()
                        .filter(registration -> registration.getOrganisationId() == organisation).toList()))
                .toList());
        model.addAttribute("zone", NetworkController.STOCKHOLM);
        return "membership/org-events";
    }

    @PostMapping("/org/events/register")
    @Transactional
    String register(@RequestParam(required = false) String event, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String email, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Event chosen = Ids.parse(event).flatMap(events::findById).filter(found -> found.getStartsAt().isAfter(Instant.now(clock)))
                .orElseThrow(NotFound::new);
        String cleanName = NetworkController.clean(name, 200);
        String mail = NetworkController.clean(email, 200);
        if (cleanName == null || mail == null || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            redirect.addFlashAttribute("flashKey", "membership.event.register.invalid");
        } else if (chosen.register(user.organisationId(), cleanName, mail)) {
            audit.personalDataChanged("event_registration", chosen.getId(), user.organisationId(), "registered for event");
            redirect.addFlashAttribute("flashKey", "membership.event.registered.flash");
        } else {
            redirect.addFlashAttribute("flashKey", "membership.event.register.exists");
        }
        return "redirect:/org/events";
    }
}
