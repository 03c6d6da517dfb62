package se.sambruk.multifraga.applications;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.documents.Attachments;
import se.sambruk.core.documents.FileType;
import se.sambruk.core.documents.RefusedFile;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.EService;
import se.sambruk.core.residents.Signature;
import se.sambruk.core.residents.SignatureRequest;
import se.sambruk.core.residents.Signatures;

/**
 * e-Ansökan for residents (signed in with e-legitimation through the core): apply for economic
 * assistance for a month to a municipality using Multifråga, save it as a draft, add attachments,
 * sign the declaration, and follow the status and the decision with its reasons. A resident with
 * protected identity is sent to the social services in person instead (a clear message, nothing
 * stored). A resident reaches only their own applications (another's id answers 404).
 */
@Controller
class ApplicantPages {

    static final String SERVICE = "multifraga";

    @Configuration
    static class Declaration {
        @Bean
        EService multifragaEService() {
            return new EService(SERVICE, "mf.eservice.name", "mf.eservice.description");
        }
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotYours extends RuntimeException {
        NotYours() {
            super("No such application of the resident");
        }
    }

    private final Applications applications;
    private final Attachments attachments;
    private final Signatures signatures;
    private final AuditLog audit;

    ApplicantPages(Applications applications, Attachments attachments, Signatures signatures, AuditLog audit) {
        this.applications = applications;
        this.attachments = attachments;
        this.signatures = signatures;
        this.audit = audit;
    }

    private static String actor(CurrentResident resident) {
        return "invånare #" + resident.id();
    }

    @GetMapping("/e-tjanster/multifraga")
    String start(CurrentResident resident, Model model) {
        if (resident.protectedIdentity()) {
            return "multifraga/eservice/protected";
        }
        model.addAttribute("applications", applications.ofResident(resident.id()));
        return "multifraga/eservice/start";
    }

    @GetMapping("/e-tjanster/multifraga/ansokan/ny")
    String form(CurrentResident resident, Model model) {
        if (resident.protectedIdentity()) {
            return "multifraga/eservice/protected";
        }
        model.addAttribute("applicationForm", ApplicationForm.empty(YearMonth.now()));
        return formPage(model);
    }

    private String formPage(Model model) {
        model.addAttribute("municipalities", applications.offered());
        model.addAttribute("months", List.of(YearMonth.now().minusMonths(1), YearMonth.now(), YearMonth.now().plusMonths(1)));
        return "multifraga/eservice/form";
    }

    @PostMapping("/e-tjanster/multifraga/ansokan")
    String create(CurrentResident resident, @ModelAttribute("applicationForm") ApplicationForm form, BindingResult binding, Model model) {
        if (resident.protectedIdentity()) {
            return "multifraga/eservice/protected";
        }
        if (binding.hasErrors()) {
            return formPage(model);
        }
        ApplicationForm.Checked checked = form.check(LocalDate.now(), applications.offered().keySet(), resident.personalIdentityNumber());
        checked.errors().forEach(binding::rejectValue);
        if (binding.hasErrors()) {
            return formPage(model);
        }
        long id = applications.create(resident, checked.application());
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "multifraga.application", id, null, "ansökan sparad som utkast");
        return "redirect:/e-tjanster/multifraga/ansokan/" + id;
    }

    @GetMapping("/e-tjanster/multifraga/ansokan/{id}")
    String show(@PathVariable long id, @RequestParam(name = "signatur", required = false) String signature, CurrentResident resident, Model model) {
        if (resident.protectedIdentity()) {
            return "multifraga/eservice/protected";
        }
        Applications.Stored application = applications.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        Optional<Signature> signed = signatures.valid(SERVICE, documentRef(application), application.canonicalBytes());
        if (application.status() == Applications.Status.DRAFT && signed.isPresent() && applications.submit(id)) {
            audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "multifraga.application", id, application.organisationId(),
                    "ansökan signerad och inskickad");
            return "redirect:/e-tjanster/multifraga/ansokan/" + id;
        }
        audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "multifraga.application", id, application.organisationId(), "sökandens vy");
        return page(application, signed.orElse(null), "avbruten".equals(signature), model);
    }

    private String page(Applications.Stored application, Signature signature, boolean cancelled, Model model) {
        model.addAttribute("appl", application);
        model.addAttribute("calculation", applications.calculate(application));
        model.addAttribute("caps", applications.caps(application.organisationId()));
        model.addAttribute("municipality", applications.municipalityName(application.organisationId()));
        model.addAttribute("attachments", attachments.list(application.organisationId(), SERVICE, "application:" + application.id()));
        model.addAttribute("signature", signature);
        model.addAttribute("cancelled", cancelled);
        return "multifraga/eservice/application";
    }

    @PostMapping("/e-tjanster/multifraga/ansokan/{id}/bilagor")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, CurrentResident resident, Model model,
                  HttpServletResponse response) {
        if (resident.protectedIdentity()) {
            return "multifraga/eservice/protected";
        }
        Applications.Stored application = applications.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        if (application.status() != Applications.Status.DRAFT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("attachError", "mf.app.error.notDraft");
            return page(application, null, false, model);
        }
        try {
            attachments.store(application.organisationId(), SERVICE, "application:" + id, file, FileType.DOCUMENTS);
        } catch (RefusedFile refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("attachRefused", refused.getMessage());
            return page(application, null, false, model);
        }
        return "redirect:/e-tjanster/multifraga/ansokan/" + id;
    }

    @PostMapping("/e-tjanster/multifraga/ansokan/{id}/signera")
    String sign(@PathVariable long id, CurrentResident resident, Model model, HttpServletResponse response) {
        if (resident.protectedIdentity()) {
            return "multifraga/eservice/protected";
        }
        Applications.Stored application = applications.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        if (application.status() != Applications.Status.DRAFT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("attachError", "mf.app.error.notDraft");
            return page(application, null, false, model);
        }
        String summary = "Ansökan om ekonomiskt bistånd för " + application.month() + ": inkomster " + application.incomes()
                + " kr, boendekostnad " + application.rent() + " kr per månad. Jag försäkrar att uppgifterna är sanna och fullständiga.";
        return "redirect:" + signatures.request(new SignatureRequest(SERVICE, documentRef(application), summary, application.canonicalBytes(),
                "/e-tjanster/multifraga/ansokan/" + id));
    }

    static String documentRef(Applications.Stored application) {
        return "ansokan/" + application.id();
    }
}
