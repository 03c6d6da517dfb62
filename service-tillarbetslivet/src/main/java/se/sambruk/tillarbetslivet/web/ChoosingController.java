package se.sambruk.tillarbetslivet.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.tillarbetslivet.choosing.PupilChoices;
import se.sambruk.tillarbetslivet.season.Allocations;

/**
 * The coordinator's side of the pupils' own choosing, per period: open or close the window, set the
 * most choices a pupil ranks, and see per pupil how many choices there are and whether the pupil or
 * the coordinator made them, with the count of pupils without enough choices while the window is open.
 */
@Controller
class ChoosingController {

    private final PupilChoices choices;
    private final AuditLog audit;

    ChoosingController(PupilChoices choices, AuditLog audit) {
        this.choices = choices;
        this.audit = audit;
    }

    @GetMapping("/tillarbetslivet/periods/{id}/val")
    String page(@PathVariable long id, Model model) {
        long org = Coordinator.require().organisationId();
        PupilChoices.Period period = choices.period(org, id).orElseThrow(Coordinator.NotFound::new);
        return page(org, period, model);
    }

    private String page(long org, PupilChoices.Period period, Model model) {
        List<PupilChoices.Chooser> choosers = choices.choosers(org, period);
        int enough = enough(period);
        model.addAttribute("period", period);
        model.addAttribute("choosers", choosers);
        model.addAttribute("enough", enough);
        model.addAttribute("lacking", choosers.stream().filter(c -> c.choices() < enough).count());
        if (!model.containsAttribute("maxChoices")) {
            model.addAttribute("maxChoices", String.valueOf(period.maxChoices()));
        }
        audit.personalDataRead("tillarbetslivet.period", period.id(), org, choosers.size() + " pupils' choices listed");
        return "tillarbetslivet/choosing";
    }

    /** Enough choices: the allocation's "enough choices" (four), or the period's maximum if that is lower. */
    static int enough(PupilChoices.Period period) {
        return Math.min(Allocations.ENOUGH_CHOICES, period.maxChoices());
    }

    @PostMapping("/tillarbetslivet/periods/{id}/val")
    String change(@PathVariable long id, @RequestParam(name = "open", defaultValue = "false") boolean open,
                  @RequestParam(name = "maxChoices", defaultValue = "") String maxChoices, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        PupilChoices.Period period = choices.period(org, id).orElseThrow(Coordinator.NotFound::new);
        Integer max = maxChoices.strip().matches("\\d{1,2}") ? Integer.valueOf(maxChoices.strip()) : null;
        if (max == null || max < 1 || max > 10) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("maxError", "tal.choosing.badMax");
            model.addAttribute("maxChoices", maxChoices.length() > 20 ? maxChoices.substring(0, 20) : maxChoices);
            return page(org, period, model);
        }
        choices.setWindow(org, id, open, max);
        audit.personalDataChanged("tillarbetslivet.period", id, org, "pupils' choosing " + (open ? "opened" : "closed") + ", at most " + max);
        flash.addFlashAttribute("done", "tal.choosing.saved");
        return "redirect:/tillarbetslivet/periods/" + id + "/val";
    }
}
