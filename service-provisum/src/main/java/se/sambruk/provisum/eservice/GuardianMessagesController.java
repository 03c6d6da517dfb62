package se.sambruk.provisum.eservice;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.PublicFormLimits;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.provisum.bookkeeping.Bookkeeping;
import se.sambruk.provisum.messages.Messages;

/**
 * The guardian's messages with the office about a principal; only a current guardian reaches them.
 * Each message tells the office's caseworkers (a notice and an e-mail), so sending is limited per
 * client address and per principal through the core's {@link PublicFormLimits}.
 */
@Controller
class GuardianMessagesController {

    /** At most 20 messages an hour from one address and 10 about one principal. */
    static final PublicFormLimits.Limit MESSAGES = new PublicFormLimits.Limit(20, 10, java.time.Duration.ofHours(1));

    private final Bookkeeping books;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final PublicFormLimits limits;

    GuardianMessagesController(Bookkeeping books, Messages messages, AuditLog audit, Clock clock, PublicFormLimits limits) {
        this.books = books;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.limits = limits;
    }

    private Bookkeeping.Principal principal(long principalId, CurrentResident resident) {
        return books.principalOf(resident.personalIdentityNumber().value(), principalId, LocalDate.now(clock))
                .orElseThrow(GuardianEService.NotYours::new);
    }

    @GetMapping("/e-tjanster/provisum/huvudman/{principalId}/meddelanden")
    String show(@PathVariable long principalId, CurrentResident resident, Model model) {
        Bookkeeping.Principal principal = principal(principalId, resident);
        var list = messages.of(principal.id());
        model.addAttribute("principal", principal);
        model.addAttribute("messages", list);
        model.addAttribute("maxLength", Messages.MAX_LENGTH);
        audit.record(AuditAction.PERSONAL_DATA_READ, "resident:" + resident.id(), null, "provisum.message", principal.id(), principal.municipalityId(),
                list.size() + " messages");
        return "provisum/eservice/messages";
    }

    @PostMapping("/e-tjanster/provisum/huvudman/{principalId}/meddelanden")
    String send(@PathVariable long principalId, @RequestParam(required = false) String text, CurrentResident resident, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        Bookkeeping.Principal principal = principal(principalId, resident);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > Messages.MAX_LENGTH) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("messageError", true);
            model.addAttribute("entered", text);
            return show(principalId, resident, model);
        }
        if (!limits.allow("provisum.guardian-message", MESSAGES, request.getRemoteAddr(), "principal:" + principal.id())) {
            response.setStatus(429);
            model.addAttribute("messageError", true);
            model.addAttribute("messageLimited", true);
            model.addAttribute("entered", text);
            return show(principalId, resident, model);
        }
        messages.fromGuardian(principal.id(), principal.municipalityId(), resident.name(), "resident:" + resident.id(), body);
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, "resident:" + resident.id(), null, "provisum.message", principal.id(), principal.municipalityId(),
                "message to the office");
        return "redirect:/e-tjanster/provisum/huvudman/" + principalId + "/meddelanden";
    }
}
