package se.sambruk.tillarbetslivet.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.residents.Signature;
import se.sambruk.core.residents.Signatures;
import se.sambruk.tillarbetslivet.choosing.FoundPlaces;
import se.sambruk.tillarbetslivet.choosing.PlacePositions;
import se.sambruk.tillarbetslivet.placement.PlacementRecords;

/**
 * The coordinator's list of places pupils found themselves (beside the new offers): a request the
 * workplace confirmed with its signature is approved into a place of one seat and the pupil's
 * placement in the period (the allocation then leaves the pupil out), or rejected with a reason.
 */
@Controller
class FoundPlaceController {

    private final FoundPlaces foundPlaces;
    private final Signatures signatures;
    private final AuditLog audit;
    private final PlacePositions positions;
    private final PlacementRecords records;

    FoundPlaceController(FoundPlaces foundPlaces, Signatures signatures, AuditLog audit, PlacePositions positions, PlacementRecords records) {
        this.foundPlaces = foundPlaces;
        this.positions = positions;
        this.records = records;
        this.signatures = signatures;
        this.audit = audit;
    }

    private Signature signature(FoundPlaces.FoundPlace request) {
        return signatures.valid(FoundPlaces.SERVICE, FoundPlaces.FoundPlace.documentRef(request.id()), request.document()).orElse(null);
    }

    @GetMapping("/tillarbetslivet/found-places")
    String list(Model model) {
        long org = Coordinator.require().organisationId();
        return page(org, model);
    }

    private String page(long org, Model model) {
        List<FoundPlaces.FoundPlace> requests = foundPlaces.ofOrganisation(org);
        Map<Long, Signature> signed = new LinkedHashMap<>();
        requests.stream().filter(r -> r.status() == FoundPlaces.Status.CONFIRMED).forEach(r -> {
            Signature signature = signature(r);
            if (signature != null) {
                signed.put(r.id(), signature);
            }
        });
        model.addAttribute("requests", requests);
        model.addAttribute("signed", signed);
        audit.personalDataRead("tillarbetslivet.found-places", null, org, requests.size() + " own places of pupils listed");
        return "tillarbetslivet/found-places";
    }

    @PostMapping("/tillarbetslivet/found-places/{id}/approve")
    String approve(@PathVariable long id, Model model, HttpServletResponse response) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        FoundPlaces.FoundPlace request = foundPlaces.ofOrganisation(org, id).orElseThrow(Coordinator.NotFound::new);
        Long placement = null;
        if (request.status() == FoundPlaces.Status.CONFIRMED && signature(request) != null) {
            placement = foundPlaces.approve(org, id, user.name()).orElse(null);
        }
        if (placement == null) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", "tal.found.cannotApprove");
            model.addAttribute("errorId", id);
            return page(org, model);
        }
        audit.personalDataChanged("tillarbetslivet.placement", placement, org, "pupil's own place " + id + " approved");
        if (positions.enabled()) {
            // after the approval, never blocking it (s10-tal): the pupil's own place gets a position from its address too
            records.placement(org, placement).ifPresent(p -> positions.position(org, p.placeId(), request.details().address()));
        }
        return "redirect:/tillarbetslivet/placements/" + placement;
    }

    @PostMapping("/tillarbetslivet/found-places/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        FoundPlaces.FoundPlace request = foundPlaces.ofOrganisation(org, id).orElseThrow(Coordinator.NotFound::new);
        String text = reason.strip();
        String error = text.isEmpty() || text.length() > 500 ? "tal.found.badReason"
                : request.status() != FoundPlaces.Status.CONFIRMED ? "tal.found.cannotApprove" : null;
        if (error == null && !foundPlaces.reject(org, id, text, user.name())) {
            error = "tal.found.cannotApprove";
        }
        if (error != null) {
            response.setStatus("tal.found.badReason".equals(error) ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", error);
            model.addAttribute("errorId", id);
            return page(org, model);
        }
        audit.personalDataChanged("tillarbetslivet.pupil", request.pupilId(), org, "pupil's own place " + id + " rejected");
        flash.addFlashAttribute("done", "tal.found.rejected");
        return "redirect:/tillarbetslivet/found-places";
    }
}
