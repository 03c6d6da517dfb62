package se.sambruk.multifraga.applications;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import se.sambruk.core.documents.Downloads;
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
    private final ApplicationPaper paper;
    private final SubmissionLookup submissionLookup;

    ApplicantPages(Applications applications, Attachments attachments, Signatures signatures, AuditLog audit, ApplicationPaper paper,
                   SubmissionLookup submissionLookup) {
        this.paper = paper;
        this.submissionLookup = submissionLookup;
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
        return stepPage(null, Step.START, model);
    }

    private String stepPage(Applications.Stored application, Step step, Model model) {
        model.addAttribute("appl", application);
        model.addAttribute("step", step);
        model.addAttribute("steps", Step.all());
        model.addAttribute("activities", ApplicationForm.Activity.values());
        model.addAttribute("municipalities", applications.offered());
        model.addAttribute("municipality", application == null ? null : applications.municipalityName(application.organisationId()));
        model.addAttribute("months", List.of(YearMonth.now().minusMonths(1), YearMonth.now(), YearMonth.now().plusMonths(1)));
        model.addAttribute("perAdult", application == null || application.incomesPerAdult());
        model.addAttribute("coIncomes", application != null && perAdult(application));
        return "multifraga/eservice/form";
    }

    /** The first step: the municipality and the month; it starts the draft. */
    @PostMapping("/e-tjanster/multifraga/ansokan")
    String create(CurrentResident resident, @ModelAttribute("applicationForm") ApplicationForm form, BindingResult binding,
                  @RequestParam(name = "spara", required = false) String save, Model model) {
        if (resident.protectedIdentity()) {
            return "multifraga/eservice/protected";
        }
        if (binding.hasErrors()) {
            return stepPage(null, Step.START, model);
        }
        ApplicationForm.Checked checked = form.check(Step.START, LocalDate.now(), applications.offered().keySet(), resident.personalIdentityNumber());
        checked.errors().forEach(binding::rejectValue);
        if (binding.hasErrors()) {
            return stepPage(null, Step.START, model);
        }
        long id = applications.create(resident, (ApplicationForm.Start) checked.part());
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "multifraga.application", id, null, "ansökan påbörjad som utkast");
        return next(id, Step.START, save);
    }

    private static String next(long id, Step saved, String save) {
        String overview = "redirect:/e-tjanster/multifraga/ansokan/" + id;
        if ("senare".equals(save)) {
            return overview + "?sparat=" + saved.slug();
        }
        return saved.next().map(s -> overview + "/steg/" + s.slug()).orElse(overview);
    }

    /** One step of the resident's own draft, filled in with what is saved. */
    @GetMapping("/e-tjanster/multifraga/ansokan/{id}/steg/{step}")
    String step(@PathVariable long id, @PathVariable String step, CurrentResident resident, Model model, HttpServletResponse response) {
        if (resident.protectedIdentity()) {
            return "multifraga/eservice/protected";
        }
        Applications.Stored application = applications.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        Step chosen = Step.ofSlug(step).orElseThrow(NotYours::new);
        if (!application.draft()) {
            return notDraft(application, model, response);
        }
        String coApplicant = chosen == Step.HOUSEHOLD && application.coApplicantMasked() != null
                ? applications.numbers(id).get(1).value() : null;
        model.addAttribute("applicationForm", ApplicationForm.of(application, applications.kommunkod(application.organisationId()), coApplicant));
        audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "multifraga.application", id, application.organisationId(),
                "sökandens utkast, steg " + chosen.slug());
        return stepPage(application, chosen, model);
    }

    /** Whether the incomes step asks the co-applicant's own incomes too (an application with a co-applicant, started since incomes are asked per adult). */
    private static boolean perAdult(Applications.Stored application) {
        return application.incomesPerAdult() && application.coApplicantMasked() != null;
    }

    /** An income field's error names the person and the field ("Annas inkomster, Lön: ..."); other errors as they are. */
    private static void reject(BindingResult binding, Applications.Stored application, String field, String key) {
        if (!ApplicationForm.INCOME_FIELDS.contains(field)) {
            binding.rejectValue(field, key);
            return;
        }
        boolean co = field.startsWith("co");
        MessageSourceResolvable person = !co ? new DefaultMessageSourceResolvable("mf.app.incomes.own")
                : application.coFirstName() == null ? new DefaultMessageSourceResolvable("mf.app.incomes.coUnnamed")
                : new DefaultMessageSourceResolvable(new String[] {"mf.app.incomes.co"},
                        new Object[] {application.coFirstName(), application.coGenitive()});
        String kind = field.endsWith("Salary") ? "SALARY" : field.endsWith("Benefits") ? "BENEFITS" : "OTHER";
        binding.rejectValue(field, key.equals("mf.app.error.amount") ? "mf.app.error.incomeAmount" : key,
                new Object[] {person, new DefaultMessageSourceResolvable("mf.app.income.kind." + kind)}, null);
    }

    private String notDraft(Applications.Stored application, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("attachError", "mf.app.error.notDraft");
        return page(application, null, false, model);
    }

    /** Saves one step of the draft: inline errors and nothing saved, or saved and on to the next step (or the overview, to continue later). */
    @PostMapping("/e-tjanster/multifraga/ansokan/{id}/steg/{step}")
    String saveStep(@PathVariable long id, @PathVariable String step, CurrentResident resident,
                    @ModelAttribute("applicationForm") ApplicationForm form, BindingResult binding,
                    @RequestParam(name = "spara", required = false) String save, Model model, HttpServletResponse response) {
        if (resident.protectedIdentity()) {
            return "multifraga/eservice/protected";
        }
        Applications.Stored application = applications.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        Step chosen = Step.ofSlug(step).orElseThrow(NotYours::new);
        if (!application.draft()) {
            return notDraft(application, model, response);
        }
        if (binding.hasErrors()) {
            return stepPage(application, chosen, model);
        }
        Set<String> offered = Set.of(applications.kommunkod(application.organisationId()));   // the municipality is fixed once started
        ApplicationForm checkedForm = chosen == Step.START ? form.withMunicipality(applications.kommunkod(application.organisationId())) : form;
        ApplicationForm.Checked checked = checkedForm.check(chosen, LocalDate.now(), offered, resident.personalIdentityNumber(),
                perAdult(application));
        checked.errors().forEach((field, key) -> reject(binding, application, field, key));
        if (binding.hasErrors()) {
            return stepPage(application, chosen, model);
        }
        if (!applications.save(id, checked.part())) {
            return notDraft(application, model, response);
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "multifraga.application", id, application.organisationId(),
                "utkast, steg " + chosen.slug() + " sparat");
        return next(id, chosen, save);
    }

    @GetMapping("/e-tjanster/multifraga/ansokan/{id}")
    String show(@PathVariable long id, @RequestParam(name = "signatur", required = false) String signature,
                @RequestParam(name = "sparat", required = false) String saved, CurrentResident resident, Model model) {
        if (resident.protectedIdentity()) {
            return "multifraga/eservice/protected";
        }
        Applications.Stored application = applications.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        Optional<Signature> signed = signatures.valid(SERVICE, documentRef(application), application.canonicalBytes());
        if (application.draft() && application.complete() && signed.isPresent() && applications.submit(id)) {
            audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "multifraga.application", id, application.organisationId(),
                    "ansökan signerad och inskickad");
            submissionLookup.afterSubmission(id);
            return "redirect:/e-tjanster/multifraga/ansokan/" + id;
        }
        audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "multifraga.application", id, application.organisationId(), "sökandens vy");
        model.addAttribute("saved", saved != null && Step.ofSlug(saved).isPresent());
        return page(application, signed.orElse(null), "avbruten".equals(signature), model);
    }

    private String page(Applications.Stored application, Signature signature, boolean cancelled, Model model) {
        model.addAttribute("appl", application);
        model.addAttribute("steps", Step.all());
        model.addAttribute("calculation", applications.calculate(application));
        model.addAttribute("caps", applications.caps(application.organisationId()));
        model.addAttribute("municipality", applications.municipalityName(application.organisationId()));
        model.addAttribute("attachments", attachments.list(application.organisationId(), SERVICE, "application:" + application.id()));
        model.addAttribute("signature", signature);
        model.addAttribute("cancelled", cancelled);
        model.addAttribute("decidedIncomes", application.status() == Applications.Status.DECIDED
                ? applications.decidedIncomes(application.id()).orElse(null) : null);
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
        if (!application.complete()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("signError", "mf.app.error.incomplete");
            return page(application, null, false, model);
        }
        String summary = "Ansökan om ekonomiskt bistånd för " + application.month() + ": inkomster " + application.incomes()
                + " kr, boendekostnad " + application.rent() + " kr per månad. Jag försäkrar att uppgifterna är sanna och fullständiga.";
        return "redirect:" + signatures.request(new SignatureRequest(SERVICE, documentRef(application), summary, application.canonicalBytes(),
                "/e-tjanster/multifraga/ansokan/" + id));
    }

    /** The filled-in paper form of the resident's own application, as PDF. */
    @GetMapping("/e-tjanster/multifraga/ansokan/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentResident resident) {
        if (resident.protectedIdentity()) {
            throw new NotYours();
        }
        Applications.Stored application = applications.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        byte[] bytes = paper.of(application, applications.municipalityName(application.organisationId()),
                applications.caps(application.organisationId())).render();
        audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "multifraga.application", id, application.organisationId(),
                "sökandens ansökan som PDF, " + paper.filename(application));
        return Downloads.file(paper.filename(application), Downloads.PDF, bytes);
    }

    static String documentRef(Applications.Stored application) {
        return "ansokan/" + application.id();
    }
}
