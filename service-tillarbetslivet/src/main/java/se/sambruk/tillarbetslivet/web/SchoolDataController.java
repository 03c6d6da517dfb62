package se.sambruk.tillarbetslivet.web;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.core.http.RemoteAnswers;
import se.sambruk.schooldata.SchoolDataReader;
import se.sambruk.schooldata.Ss12000Client;
import se.sambruk.tillarbetslivet.season.SchoolDataImport;

/**
 * Class lists from the municipality's SS 12000 API: one read with the address and client given in
 * the form (nothing of it is stored), through platform-schooldata and the core's outgoing-URL guard.
 */
@Controller
class SchoolDataController {

    private final OutgoingUrls outgoing;
    private final SchoolDataImport schoolDataImport;

    SchoolDataController(OutgoingUrls outgoing, SchoolDataImport schoolDataImport) {
        this.outgoing = outgoing;
        this.schoolDataImport = schoolDataImport;
    }

    @GetMapping("/tillarbetslivet/pupils/ss12000")
    String form(Model model) {
        Coordinator.require();
        model.addAttribute("schoolDataForm", new SchoolDataForm());
        return "tillarbetslivet/schooldata";
    }

    @PostMapping("/tillarbetslivet/pupils/ss12000")
    String read(@Valid @ModelAttribute("schoolDataForm") SchoolDataForm form, BindingResult errors, HttpServletResponse response,
                RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        outgoing.reject(errors, "baseUrl", form.getBaseUrl());
        outgoing.reject(errors, "tokenUrl", form.getTokenUrl());
        if (form.getFromYear() != null && form.getToYear() != null && form.getToYear() < form.getFromYear()) {
            errors.rejectValue("toYear", "tal.ss12000.yearsReversed");
        }
        SchoolDataImport.Outcome outcome = null;
        if (!errors.hasErrors()) {
            try {
                Ss12000Client client = new Ss12000Client(form.getBaseUrl().strip(), form.getTokenUrl().strip(), form.getClientId().strip(),
                        form.getClientSecret(), null, outgoing);
                SchoolDataReader.Read read = SchoolDataReader.readAll(client, LocalDate.now(ZoneId.of("Europe/Stockholm")));
                outcome = schoolDataImport.importRead(org, read, form.getFromYear(), form.getToYear());
            } catch (RuntimeException e) {
                errors.reject("tal.ss12000.failed", new Object[] {RemoteAnswers.reason(e)}, null);
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            form.setClientSecret(null);
            return "tillarbetslivet/schooldata";
        }
        flash.addFlashAttribute("schoolDataOutcome", outcome);
        return "redirect:/tillarbetslivet/pupils";
    }
}
