package se.sambruk.tillarbetslivet.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.tillarbetslivet.choosing.PlacePositions;

/**
 * s10-tal: the municipality's schools with their visiting addresses. The pupils' search by distance
 * measures from the school's address, or from its name when it has none.
 */
@Controller
class SchoolController {

    static final int MAX_ADDRESS = 200;

    private final PlacePositions positions;
    private final AuditLog audit;

    SchoolController(PlacePositions positions, AuditLog audit) {
        this.positions = positions;
        this.audit = audit;
    }

    @GetMapping("/tillarbetslivet/schools")
    String schools(Model model) {
        long org = Coordinator.require().organisationId();
        model.addAttribute("schools", positions.schools(org));
        return "tillarbetslivet/schools";
    }

    @PostMapping("/tillarbetslivet/schools/{id}/address")
    String address(@PathVariable long id, @RequestParam(defaultValue = "") String address, Model model, HttpServletResponse response,
                   RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        var school = positions.schools(org).stream().filter(s -> s.id() == id).findFirst().orElseThrow(Coordinator.NotFound::new);
        String text = address.strip();
        if (text.length() > MAX_ADDRESS || text.chars().anyMatch(Character::isISOControl)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorSchool", id);
            model.addAttribute("addressInput", address.length() > 1000 ? "" : address);
            return schools(model);
        }
        positions.setSchoolAddress(org, school.id(), text.isEmpty() ? null : text);
        audit.record(AuditAction.REGISTER_CHANGED, "tillarbetslivet.school", id, org, text.isEmpty() ? "address removed" : "address set");
        flash.addFlashAttribute("done", "tal.school.addressSaved");
        return "redirect:/tillarbetslivet/schools";
    }
}
