package se.sambruk.tillarbetslivet.web;

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
import se.sambruk.schooldata.SchoolDataConnections;
import se.sambruk.schooldata.SchoolDataReads;
import se.sambruk.tillarbetslivet.season.ClassListReading;
import se.sambruk.tillarbetslivet.season.SchoolDataImport;

/**
 * Class lists from the municipality's SS 12000 API through its stored connection
 * (platform-schooldata: the addresses through the core's outgoing-URL guard, the client secret
 * sealed): save the connection and the school years, test it, read now (or every night), and the
 * last reads with what they did or why they changed nothing.
 */
@Controller
class SchoolDataController {

    static final int RUNS_SHOWN = 10;
    private static final String PAGE = "tillarbetslivet/schooldata";

    private final SchoolDataConnections connections;
    private final SchoolDataReads reads;
    private final ClassListReading reading;

    SchoolDataController(SchoolDataConnections connections, SchoolDataReads reads, ClassListReading reading) {
        this.connections = connections;
        this.reads = reads;
        this.reading = reading;
    }

    @GetMapping("/tillarbetslivet/pupils/ss12000")
    String page(Model model) {
        long org = Coordinator.require().organisationId();
        SchoolDataForm form = new SchoolDataForm();
        connections.find(ClassListReading.SERVICE, org).ifPresent(form::fill);
        ClassListReading.Years years = reading.years(org);
        form.setFromYear(years.from());
        form.setToYear(years.to());
        model.addAttribute("schoolDataForm", form);
        return page(org, model);
    }

    private String page(long org, Model model) {
        model.addAttribute("connection", connections.find(ClassListReading.SERVICE, org).orElse(null));
        model.addAttribute("runs", connections.runs(ClassListReading.SERVICE, org, RUNS_SHOWN));
        model.addAttribute("secretsConfigured", reading.sealingKey().isPresent());
        return PAGE;
    }

    @PostMapping("/tillarbetslivet/pupils/ss12000")
    String save(@Valid @ModelAttribute("schoolDataForm") SchoolDataForm form, BindingResult errors, Model model, HttpServletResponse response,
                RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        if (form.getFromYear() != null && form.getToYear() != null && form.getToYear() < form.getFromYear()) {
            errors.rejectValue("toYear", "tal.ss12000.yearsReversed");
        }
        if (!connections.save(reading, org, form, errors, user.name())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(org, model);
        }
        reading.setYears(org, form.getFromYear(), form.getToYear());
        flash.addFlashAttribute("saved", true);
        return "redirect:/tillarbetslivet/pupils/ss12000";
    }

    @PostMapping("/tillarbetslivet/pupils/ss12000/testa")
    String test(Model model, HttpServletResponse response) {
        long org = Coordinator.require().organisationId();
        SchoolDataReads.Test test = reads.test(reading, org);
        if (!test.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("test", test);
        return page(model);
    }

    @PostMapping("/tillarbetslivet/pupils/ss12000/las")
    String read(Model model, HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        SchoolDataReads.Outcome outcome = reading.readNow(user.organisationId(), user.name());
        if (!outcome.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failed", outcome);
            return page(model);
        }
        flash.addFlashAttribute("schoolDataOutcome", new SchoolDataImport.Outcome(outcome.figure("added"), outcome.figure("updated")));
        return "redirect:/tillarbetslivet/pupils";
    }
}
