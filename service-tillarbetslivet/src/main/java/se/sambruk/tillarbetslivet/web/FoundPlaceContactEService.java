package se.sambruk.tillarbetslivet.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.SignatureRequest;
import se.sambruk.core.residents.Signatures;
import se.sambruk.tillarbetslivet.choosing.FoundPlaces;

/**
 * The workplace's contact person answers a pupil's own place: opens the e-mailed link signed in with
 * e-legitimation and takes the request (the link is used up), then confirms it with the core's
 * signing or declines it with a reason. The request is reached only by the person who took it.
 */
@Controller
class FoundPlaceContactEService {

    static final String LINK = WorkplaceEService.BASE + "/egen-plats";
    static final String PAGE = WorkplaceEService.BASE + "/egna-platser";

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotYours extends RuntimeException {
        NotYours() {
            super("No such request of the contact person");
        }
    }

    private final FoundPlaces foundPlaces;
    private final Signatures signatures;
    private final AuditLog audit;

    FoundPlaceContactEService(FoundPlaces foundPlaces, Signatures signatures, AuditLog audit) {
        this.foundPlaces = foundPlaces;
        this.signatures = signatures;
        this.audit = audit;
    }

    private static String actor(CurrentResident resident) {
        return "invånare #" + resident.id();
    }

    private void audited(CurrentResident resident, FoundPlaces.FoundPlace request, String detail) {
        audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "tillarbetslivet.pupil", request.pupilId(), request.organisationId(),
                detail);
    }

    @GetMapping(LINK + "/{token}")
    String link(@PathVariable String token, CurrentResident resident, Model model, HttpServletResponse response) {
        FoundPlaces.FoundPlace request = foundPlaces.byToken(token).orElse(null);
        if (request == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("gone", true);
        } else {
            audited(resident, request, "own place's request opened by its link");
        }
        model.addAttribute("request", request);
        model.addAttribute("token", token);
        return "tillarbetslivet/eservice/found-place";
    }

    @PostMapping(LINK + "/{token}")
    String take(@PathVariable String token, CurrentResident resident, Model model, HttpServletResponse response) {
        FoundPlaces.FoundPlace request = foundPlaces.byToken(token).orElse(null);
        if (request == null || !foundPlaces.take(request.id(), resident.id(), resident.name())) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("gone", true);
            model.addAttribute("token", token);
            return "tillarbetslivet/eservice/found-place";
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.pupil", request.pupilId(), request.organisationId(),
                "own place's request taken by the workplace's contact");
        return "redirect:" + PAGE + "/" + request.id();
    }

    @GetMapping(PAGE + "/{id}")
    String show(@PathVariable long id, CurrentResident resident, Model model) {
        FoundPlaces.FoundPlace request = foundPlaces.ofContact(resident.id(), id).orElseThrow(NotYours::new);
        var signature = signatures.valid(FoundPlaces.SERVICE, FoundPlaces.FoundPlace.documentRef(id), request.document()).orElse(null);
        if (request.status() == FoundPlaces.Status.SENT && signature != null && foundPlaces.confirm(resident.id(), id)) {
            audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.pupil", request.pupilId(),
                    request.organisationId(), "own place confirmed by the workplace with e-legitimation");
            request = foundPlaces.ofContact(resident.id(), id).orElseThrow(NotYours::new);
        }
        audited(resident, request, "own place's request viewed by the workplace's contact");
        model.addAttribute("request", request);
        model.addAttribute("signature", signature);
        model.addAttribute("taken", true);
        return "tillarbetslivet/eservice/found-place";
    }

    @PostMapping(PAGE + "/{id}/bekrafta")
    String confirm(@PathVariable long id, CurrentResident resident, RedirectAttributes flash) {
        FoundPlaces.FoundPlace request = foundPlaces.ofContact(resident.id(), id).orElseThrow(NotYours::new);
        if (request.status() != FoundPlaces.Status.SENT) {
            flash.addFlashAttribute("error", "tal.found.answered");
            return "redirect:" + PAGE + "/" + id;
        }
        return "redirect:" + signatures.request(new SignatureRequest(FoundPlaces.SERVICE, FoundPlaces.FoundPlace.documentRef(id),
                request.summary(), request.document(), PAGE + "/" + id));
    }

    @PostMapping(PAGE + "/{id}/avboj")
    String decline(@PathVariable long id, @RequestParam(defaultValue = "") String reason, CurrentResident resident, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        FoundPlaces.FoundPlace request = foundPlaces.ofContact(resident.id(), id).orElseThrow(NotYours::new);
        String text = reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reasonError", "tal.found.badReason");
            model.addAttribute("reason", text.length() > 500 ? text.substring(0, 500) : text);
            model.addAttribute("request", request);
            model.addAttribute("taken", true);
            audited(resident, request, "own place's request viewed by the workplace's contact");
            return "tillarbetslivet/eservice/found-place";
        }
        if (!foundPlaces.decline(resident.id(), id, text)) {
            flash.addFlashAttribute("error", "tal.found.answered");
            return "redirect:" + PAGE + "/" + id;
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.pupil", request.pupilId(), request.organisationId(),
                "own place declined by the workplace");
        flash.addFlashAttribute("done", "tal.found.declined");
        return "redirect:" + PAGE + "/" + id;
    }
}
