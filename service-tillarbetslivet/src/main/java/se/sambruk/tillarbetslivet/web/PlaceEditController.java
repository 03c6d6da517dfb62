package se.sambruk.tillarbetslivet.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.tillarbetslivet.season.PlaceChange;
import se.sambruk.tillarbetslivet.season.PlaceEdits;
import se.sambruk.tillarbetslivet.season.Placements;

/**
 * s10-tal: the coordinator edits a place (its seats, dates, ages and description), also one approved
 * from a workplace's offer, under {@link PlaceChange}'s rules (no fewer seats than pupils placed at
 * once, every placed pupil's period still met): a broken rule is cited at its field and nothing is
 * saved. The pupils' choices and placements stay with the place. Audited.
 */
@Controller
class PlaceEditController {

    private final Placements placements;
    private final PlaceEdits edits;
    private final AuditLog audit;

    PlaceEditController(Placements placements, PlaceEdits edits, AuditLog audit) {
        this.placements = placements;
        this.edits = edits;
        this.audit = audit;
    }

    @GetMapping("/tillarbetslivet/places/{id}/andra")
    String form(@PathVariable long id, Model model) {
        long org = Coordinator.require().organisationId();
        Placements.Place place = placements.place(org, id).orElseThrow(Coordinator.NotFound::new);
        PlaceEdits.Terms terms = edits.terms(org, id).orElseThrow(Coordinator.NotFound::new);
        model.addAttribute("placeChangeForm", PlaceChangeForm.of(terms));
        return page(org, place, terms, model);
    }

    private String page(long org, Placements.Place place, PlaceEdits.Terms terms, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("withdrawn", terms.withdrawn());
        model.addAttribute("placedCount", edits.placed(org, place.id()).size());
        return "tillarbetslivet/place-edit";
    }

    @PostMapping("/tillarbetslivet/places/{id}/andra")
    String change(@PathVariable long id, @Valid @ModelAttribute("placeChangeForm") PlaceChangeForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        Placements.Place place = placements.place(org, id).orElseThrow(Coordinator.NotFound::new);
        PlaceEdits.Terms before = edits.terms(org, id).orElseThrow(Coordinator.NotFound::new);
        if (!errors.hasErrors()) {
            String description = form.getDescription() == null ? "" : form.getDescription().strip();
            Map<String, PlaceChange.Broken> broken = edits.change(org, id, form.change(), description).orElseThrow(Coordinator.NotFound::new);
            broken.forEach((field, rule) -> errors.rejectValue(field, rule.key(), rule.args(), null));
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(org, place, before, model);
        }
        audit.personalDataChanged("tillarbetslivet.place", id, org, "place changed by the coordinator: seats " + before.seats() + " -> "
                + form.getSeats() + ", " + before.startsOn() + "–" + before.endsOn() + " -> " + form.getStartsOn() + "–" + form.getEndsOn()
                + ", ages " + before.minAge() + "-" + before.maxAge() + " -> " + form.getMinAge() + "-" + form.getMaxAge());
        flash.addFlashAttribute("done", "tal.change.saved");
        return "redirect:/tillarbetslivet/places/" + id;
    }
}
