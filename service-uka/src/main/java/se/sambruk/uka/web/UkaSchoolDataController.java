package se.sambruk.uka.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.CurrentUser;
import se.sambruk.schooldata.SchoolDataConnectionForm;
import se.sambruk.schooldata.SchoolDataConnections;
import se.sambruk.schooldata.SchoolDataReads;
import se.sambruk.uka.schooldata.SchoolDataReading;
import se.sambruk.uka.schooldata.UkaSecrets;

/**
 * The municipality's SS 12000 API as a source of the register: the connection (platform-schooldata's
 * stored connection: addresses through the core's outgoing-URL guard, the client secret sealed), a
 * read now, the nightly read, and the last reads with what they did or why they changed nothing.
 */
@Controller
class UkaSchoolDataController {

    static final int RUNS_SHOWN = 10;

    private final SchoolDataConnections connections;
    private final SchoolDataReading reading;
    private final UkaSecrets secrets;

    UkaSchoolDataController(SchoolDataConnections connections, SchoolDataReading reading, UkaSecrets secrets) {
        this.connections = connections;
        this.reading = reading;
        this.secrets = secrets;
    }

    @GetMapping("/uka/skoldata")
    String page(Model model) {
        CurrentUser user = UkaCaseworker.require();
        SchoolDataConnectionForm form = new SchoolDataConnectionForm();
        connections.find(SchoolDataReading.SERVICE, user.organisationId()).ifPresent(form::fill);
        model.addAttribute("schoolDataForm", form);
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        var connection = connections.find(SchoolDataReading.SERVICE, user.organisationId());
        model.addAttribute("connection", connection.orElse(null));
        model.addAttribute("runs", connections.runs(SchoolDataReading.SERVICE, user.organisationId(), RUNS_SHOWN));
        model.addAttribute("secretsConfigured", secrets.configured());
        return "uka/schooldata";
    }

    @PostMapping("/uka/skoldata")
    String save(@Valid @ModelAttribute("schoolDataForm") SchoolDataConnectionForm form, BindingResult errors, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        if (!connections.save(reading, user.organisationId(), form, errors, UkaCaseworker.username())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(user, model);
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/uka/skoldata";
    }

    @PostMapping("/uka/skoldata/testa")
    String test(Model model, HttpServletResponse response) {
        CurrentUser user = UkaCaseworker.require();
        SchoolDataReads.Test test = reading.test(user.organisationId());
        if (!test.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("test", test);
        return page(model);
    }

    @PostMapping("/uka/skoldata/las")
    String read(Model model, HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        SchoolDataReads.Outcome outcome = reading.readNow(user.organisationId(), "MANUAL", UkaCaseworker.username());
        if (!outcome.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failed", outcome);
            return page(model);
        }
        flash.addFlashAttribute("outcome", outcome);
        return "redirect:/uka/skoldata";
    }
}
