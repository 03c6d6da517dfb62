package se.sambruk.membership.networks;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.MemberRegister;
import se.sambruk.membership.web.Ids;
import se.sambruk.membership.web.NotFound;

/** Staff: competence networks and their participants, events with registrations and attendance. */
@Controller
class NetworkController {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Networks networks;
    private final Events events;
    private final MemberRegister register;
    private final AuditLog audit;
    private final Clock clock;

    NetworkController(Networks networks, Events events, MemberRegister register, AuditLog audit, Clock clock) {
        this.networks = networks;
        this.events = events;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/membership/networks")
    @Transactional(readOnly = true)
    String list(Model model) {
        model.addAttribute("networks", networks.findAllByOrderByName());
        model.addAttribute("events", events.findAllByOrderByStartsAtDesc());
        model.addAttribute("networkNames", networkNames());
        return "membership/networks";
    }

    @PostMapping("/admin/membership/networks")
    @Transactional
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
                  RedirectAttributes redirect) {
        String cleanName = clean(name, 200);
        if (cleanName == null || networks.findByNameIgnoreCase(cleanName).isPresent()) {
            redirect.addFlashAttribute("flashKey", "membership.network.invalid");
            return "redirect:/admin/membership/networks";
        }
        String text = clean(description, 2000);
        Network network = networks.save(new Network(cleanName, text == null ? "" : text));
        audit.record(AuditAction.REGISTER_CHANGED, "network", network.getId(), null, "created");
        return "redirect:/admin/membership/networks/" + network.getId();
    }

    @GetMapping("/admin/membership/networks/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable String id, Model model) {
        Network network = network(id);
        model.addAttribute("network", network);
        model.addAttribute("events", events.findByNetworkIdOrderByStartsAt(network.getId()));
        model.addAttribute("organisations", register.organisations());
        model.addAttribute("organisationNames", organisationNames());
        return "membership/network";
    }

    @PostMapping("/admin/membership/networks/{id}/participants")
    @Transactional
    String join(@PathVariable String id, @RequestParam(required = false) String organisation, @RequestParam(required = false) String personName,
                @RequestParam(required = false) String email, RedirectAttributes redirect) {
        Network network = network(id);
        var chosen = Ids.parse(organisation).flatMap(register::organisation);
        String mail = clean(email, 200);
        if (chosen.isEmpty() || (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            redirect.addFlashAttribute("flashKey", "membership.network.participant.invalid");
        } else {
            boolean added = network.join(chosen.get().id(), clean(personName, 200), mail);
            redirect.addFlashAttribute("flashKey", added ? "admin.saved" : "membership.network.participant.exists");
        }
        return "redirect:/admin/membership/networks/" + network.getId();
    }

    @GetMapping("/admin/membership/events/new")
    String newEvent(Model model) {
        return eventForm(model, new EventForm());
    }

    @PostMapping("/admin/membership/events/new")
    @Transactional
    String createEvent(@Valid @ModelAttribute("form") EventForm form, BindingResult errors, Model model) {
        if (form.getNetwork() != null && !networks.existsById(form.getNetwork())) {
            errors.rejectValue("network", "membership.event.network.unknown");
        }
        if (form.getStartTime() != null && form.getEndTime() != null && !form.getEndTime().isAfter(form.getStartTime())) {
            errors.rejectValue("endTime", "membership.event.endTime.order");
        }
        if (errors.hasErrors()) {
            return eventForm(model, form);
        }
        Event event = events.save(new Event(form.getNetwork(), form.getKind(), form.getTitle().strip(), clean(form.getDescription(), 2000),
                form.getDay().atTime(form.getStartTime()).atZone(STOCKHOLM).toInstant(),
                form.getDay().atTime(form.getEndTime()).atZone(STOCKHOLM).toInstant(), clean(form.getLocation(), 300)));
        audit.record(AuditAction.REGISTER_CHANGED, "event", event.getId(), null, "created");
        return "redirect:/admin/membership/events/" + event.getId();
    }

    @GetMapping("/admin/membership/events/{id}")
    @Transactional(readOnly = true)
    String event(@PathVariable String id, Model model) {
        Event event = Ids.parse(id).flatMap(events::findById).orElseThrow(NotFound::new);
        model.addAttribute("event", event);
        model.addAttribute("organisationNames", organisationNames());
        model.addAttribute("networkNames", networkNames());
        model.addAttribute("zone", STOCKHOLM);
        return "membership/event";
    }

    @PostMapping("/admin/membership/events/{id}/attendance")
    @Transactional
    String attendance(@PathVariable String id, @RequestParam(required = false) String registration, @RequestParam(required = false) String attended,
                      RedirectAttributes redirect) {
        Event event = Ids.parse(id).flatMap(events::findById).orElseThrow(NotFound::new);
        Ids.parse(registration).flatMap(chosen -> event.getRegistrations().stream().filter(candidate -> candidate.getId().equals(chosen)).findFirst())
                .ifPresentOrElse(found -> {
                    found.setAttended("true".equals(attended));
                    redirect.addFlashAttribute("flashKey", "admin.saved");
                }, () -> redirect.addFlashAttribute("flashKey", "membership.event.registration.unknown"));
        return "redirect:/admin/membership/events/" + event.getId();
    }

    private String eventForm(Model model, EventForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", Event.Kind.values());
        model.addAttribute("networks", networks.findAllByOrderByName());
        return "membership/event-form";
    }

    private Network network(String id) {
        return Ids.parse(id).flatMap(networks::findById).orElseThrow(NotFound::new);
    }

    private Map<Long, String> networkNames() {
        return networks.findAll().stream().collect(Collectors.toMap(Network::getId, Network::getName));
    }

    private Map<Long, String> organisationNames() {
        return register.organisations().stream().collect(Collectors.toMap(MemberRegister.OrganisationRef::id, MemberRegister.OrganisationRef::name));
    }

    static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
