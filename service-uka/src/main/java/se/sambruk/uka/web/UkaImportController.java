package se.sambruk.uka.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.documents.UnreadableFile;
import se.sambruk.uka.people.Register;
import se.sambruk.uka.people.StudentRegisterFile;

/** Import from the student register's file (CSV or XLSX): all rows or none, with an error per bad row. */
@Controller
class UkaImportController {

    private final Register register;
    private final AuditLog audit;

    UkaImportController(Register register, AuditLog audit) {
        this.register = register;
        this.audit = audit;
    }

    @GetMapping("/uka/import")
    String form() {
        UkaCaseworker.require();
        return "uka/import";
    }

    @PostMapping("/uka/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response,
                  RedirectAttributes flash) throws IOException {
        CurrentUser user = UkaCaseworker.require();
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "uka.import.noFile");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "uka/import";
        }
        try {
            var result = StudentRegisterFile.read(file.getBytes(), register.today());
            if (!result.ok()) {
                model.addAttribute("rowErrors", StudentRegisterFile.lines(result.errors()));
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return "uka/import";
            }
            var outcome = register.importPeople(user.organisationId(), result.values(), "import från elevregistret");
            audit.personalDataChanged("uka.import", null, user.organisationId(),
                    outcome.added() + " added, " + outcome.updated() + " updated from a file");
            flash.addFlashAttribute("imported", new int[] {outcome.added(), outcome.updated(), outcome.started(), outcome.ended()});
            return "redirect:/uka/import";
        } catch (UnreadableFile unreadable) {
            model.addAttribute("unreadable", unreadable.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "uka/import";
        }
    }
}
