package se.sambruk.provisum.eservice;

import java.util.Comparator;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.Signature;
import se.sambruk.core.residents.SignatureRequest;
import se.sambruk.core.residents.Signatures;
import se.sambruk.provisum.consent.Consents;
import se.sambruk.provisum.rules.ConsentRules;

/**
 * The principal's side of a consent (FB 16 kap. 4 §): a principal aged 16 or more, signed in with
 * e-legitimation, sees the question the office put to them (and nothing else of the case), and
 * gives or refuses consent by signing the answer with the core's signing. The signed answer is
 * recorded once, on the case's checklist and in the diarium. Anyone else gets 404.
 */
@Controller
class ConsentController {

    private final Consents consents;
    private final Signatures signatures;
    private final AuditLog audit;

    ConsentController(Consents consents, Signatures signatures, AuditLog audit) {
        this.consents = consents;
        this.signatures = signatures;
        this.audit = audit;
    }

    private Consents.Request request(long id, CurrentResident resident) {
        return consents.ofPrincipal(id, resident.personalIdentityNumber().value()).orElseThrow(GuardianEService.NotYours::new);
    }

    private static String actor(CurrentResident resident) {
        return "resident:" + resident.id();
    }

    @GetMapping("/e-tjanster/provisum/samtycken/{id}")
    String show(@PathVariable long id, CurrentResident resident, Model model) {
        Consents.Request request = request(id, resident);
        if (!request.answered()) {
            Optional<Signature> signed = java.util.Arrays.stream(ConsentRules.Answer.values())
                    .flatMap(answer -> signatures.valid("provisum", request.documentRef(answer), request.canonicalBytes(answer)).stream())
                    .filter(signature -> signature.residentId() == resident.id())
                    .max(Comparator.comparing(Signature::signedAt));
            if (signed.isPresent()) {
                ConsentRules.Answer answer = signed.get().documentRef().endsWith("/" + ConsentRules.Answer.GIVEN.name())
                        ? ConsentRules.Answer.GIVEN : ConsentRules.Answer.REFUSED;
                if (consents.answer(request, answer, signed.get().id(), actor(resident))) {
                    audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "provisum.consent", id, request.municipalityId(),
                            "principal's answer " + answer);
                }
                return "redirect:/e-tjanster/provisum/samtycken/" + id;
            }
        }
        model.addAttribute("request", request);
        model.addAttribute("signature", request.signatureId() == null ? null : signatures.find("provisum", request.signatureId()).orElse(null));
        audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "provisum.consent", id, request.municipalityId(), "principal's view");
        return "provisum/eservice/consent";
    }

    @PostMapping("/e-tjanster/provisum/samtycken/{id}/svar")
    String answer(@PathVariable long id, @RequestParam(required = false) String svar, CurrentResident resident, Model model,
                  HttpServletResponse response) {
        Consents.Request request = request(id, resident);
        ConsentRules.Answer answer = "GIVEN".equals(svar) ? ConsentRules.Answer.GIVEN : "REFUSED".equals(svar) ? ConsentRules.Answer.REFUSED : null;
        if (answer == null || request.answered()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("answerError", request.answered() ? "provisum.consent.alreadyAnswered" : "provisum.consent.choose");
            model.addAttribute("request", request);
            model.addAttribute("signature", request.signatureId() == null ? null : signatures.find("provisum", request.signatureId()).orElse(null));
            return "provisum/eservice/consent";
        }
        String summary = (answer == ConsentRules.Answer.GIVEN ? "Jag samtycker till: " : "Jag samtycker inte till: ") + request.question()
                + " (ärende " + request.diaryNumber() + ")";
        return "redirect:" + signatures.request(new SignatureRequest("provisum", request.documentRef(answer), summary, request.canonicalBytes(answer),
                "/e-tjanster/provisum/samtycken/" + id));
    }
}
