package se.sambruk.multifraga.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.documents.Attachments;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.PdfDocument;
import se.sambruk.core.documents.PersonalData;
import se.sambruk.core.format.SwedishFormat;
import se.sambruk.multifraga.applications.ApplicationDecisionForm;
import se.sambruk.multifraga.applications.ApplicationPaper;
import se.sambruk.multifraga.applications.SubmissionLookup;
import se.sambruk.multifraga.applications.Applications;
import se.sambruk.multifraga.applications.IncomeComparison;
import se.sambruk.multifraga.applications.NormCalculation;
import se.sambruk.multifraga.lookups.AnswerRow;
import se.sambruk.multifraga.lookups.CompiledView;
import se.sambruk.multifraga.lookups.Lookup;
import se.sambruk.multifraga.followup.CaseDecisions;
import se.sambruk.multifraga.lookups.LookupRequest;
import se.sambruk.multifraga.lookups.Lookups;

/**
 * e-Ansökan for the caseworker (MF_CASEWORKER): the inbox of the municipality's submitted
 * applications, one application with its attachments and the calculation support, a look-up at
 * the agencies for the household and the month before, the decision with its PDF. Another
 * municipality's application answers 404; drafts are the applicant's alone.
 */
@Controller
class ApplicationController {

    private final Applications applications;
    private final Attachments attachments;
    private final Lookups lookups;
    private final CaseDecisions decisions;
    private final ServiceAccess access;
    private final AuditLog audit;
    private final Downloads downloads;
    private final MessageSource messages;
    private final ApplicationPaper paper;
    private final SubmissionLookup submissionLookup;
    private final String defaultPurpose;
    private final String defaultLaw;
    private final int differenceThreshold;
    private final se.sambruk.multifraga.applications.NotIncomeLists notIncomeLists;

    ApplicationController(Applications applications, Attachments attachments, Lookups lookups, CaseDecisions decisions, ServiceAccess access,
                          AuditLog audit, Downloads downloads, MessageSource messages, ApplicationPaper paper,
                          SubmissionLookup submissionLookup, se.sambruk.multifraga.applications.NotIncomeLists notIncomeLists,
                          @Value("${sambruk.multifraga.default-purpose:Utredning av ansökan om ekonomiskt bistånd}") String defaultPurpose,
                          @Value("${sambruk.multifraga.default-law:}") String defaultLaw,
                          @Value("${sambruk.multifraga.income-difference-threshold:100}") int differenceThreshold) {
        this.applications = applications;
        this.attachments = attachments;
        this.lookups = lookups;
        this.decisions = decisions;
        this.access = access;
        this.audit = audit;
        this.downloads = downloads;
        this.messages = messages;
        this.paper = paper;
        this.submissionLookup = submissionLookup;
        this.defaultPurpose = defaultPurpose;
        this.defaultLaw = defaultLaw;
        this.differenceThreshold = differenceThreshold;
        this.notIncomeLists = notIncomeLists;
    }

    @GetMapping("/multifraga/ansokningar")
    String inbox(Model model) {
        CurrentUser user = Caseworker.require(access);
        List<Applications.Stored> inbox = applications.inbox(user.organisationId());
        model.addAttribute("applications", inbox);
        audit.personalDataRead("multifraga.application", "inkorg", user.organisationId(), "inkorgen, " + inbox.size() + " ansökningar");
        return "multifraga/applications";
    }

    private Applications.Stored find(CurrentUser user, long id) {
        return applications.ofOrganisation(user.organisationId(), id).orElseThrow(Caseworker.NotFound::new);
    }

    @GetMapping("/multifraga/ansokningar/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = Caseworker.require(access);
        Applications.Stored application = find(user, id);
        Agency agency = agency(user, application);
        model.addAttribute("decisionForm", ApplicationDecisionForm.empty(agency.lines()));
        audit.personalDataRead("multifraga.application", id, user.organisationId(), "ansökan " + application.caseId()
                + (agency.compared() == null ? "" : ", jämförd med förfrågan " + agency.compared().id()));
        return page(user, application, agency, null, model);
    }

    /**
     * The automatic look-up with its answers as opened; the look-up compared with (the newest complete
     * one of the case, {@link SubmissionLookup#forComparison}); the income lines compared with its
     * compiled view as this caseworker may see it, and the month's payments that are not income.
     */
    private record Agency(Lookup lookup, List<AnswerRow> answers, Lookup compared, List<IncomeComparison.Line> lines,
                          List<IncomeComparison.NotCounted> notCounted, List<IncomeComparison.PersonPaid> perPerson) {
    }

    private Agency agency(CurrentUser user, Applications.Stored application) {
        Lookup lookup = submissionLookup.of(application).orElse(null);
        List<AnswerRow> opened = lookup == null ? List.of() : lookups.answers(lookup);
        Lookup compared = submissionLookup.forComparison(application).orElse(null);
        List<AnswerRow> comparedAnswers = compared == null ? List.of() : lookup != null && compared.id() == lookup.id() ? opened : lookups.answers(compared);
        CompiledView.View view = null;
        if (compared != null) {
            Set<Integer> protectedPersons = lookups.protectedPersons(compared, comparedAnswers);
            view = CompiledView.compile(compared, lookups.shown(comparedAnswers, user, protectedPersons), protectedPersons::contains);
        }
        YearMonth month = application.month().minusMonths(1);
        se.sambruk.multifraga.applications.NotIncome notIncome = notIncomeLists.forOrganisation(application.organisationId());
        return new Agency(lookup, opened, compared, IncomeComparison.compare(application.declared(), !application.incomesPerAdult(), compared, view,
                month, differenceThreshold, notIncome),
                IncomeComparison.notCounted(compared, view, month, notIncome), IncomeComparison.perPerson(compared, view, month, notIncome));
    }

    /**
     * The page; {@code choices} are the caseworker's choices being made (null: the form's initial
     * ones). A decided application shows the lines and choices kept with its decision.
     */
    private String page(CurrentUser user, Applications.Stored application, Agency agency, Map<String, IncomeComparison.Choice> choices,
                        Model model) {
        IncomeComparison.Counted counted = applications.decidedIncomes(application.id())
                .orElseGet(() -> new IncomeComparison.Counted(agency.lines(), choices == null ? Map.of() : choices));
        model.addAttribute("appl", application);
        model.addAttribute("incomes", counted);
        NormCalculation.Result calculation = applications.calculate(application, counted.incomes());
        model.addAttribute("calculation", calculation);
        model.addAttribute("norm", applications.norm(application));
        model.addAttribute("assets", applications.assets(application, calculation.assistance()));
        boolean decided = application.status() == Applications.Status.DECIDED;
        java.util.Optional<List<IncomeComparison.NotCounted>> keptNotCounted = decided ? applications.decidedNotCounted(application.id())
                : java.util.Optional.empty();
        model.addAttribute("notCounted", decided ? keptNotCounted.orElse(List.of()) : agency.notCounted());
        model.addAttribute("notCountedKept", keptNotCounted.isPresent());
        model.addAttribute("perPerson", decided || !application.householdIncomes() ? List.of() : agency.perPerson());
        if (application.status() == Applications.Status.DECIDED) {
            model.addAttribute("compared", applications.compared(application.id()).orElse(null));
        } else {
            model.addAttribute("compared", agency.compared() == null ? null
                    : new Applications.Compared(agency.compared().id(), agency.compared().caseworker(), agency.compared().askedAt()));
        }
        model.addAttribute("comparedLater", agency.compared() != null && (agency.lookup() == null || agency.compared().id() != agency.lookup().id()));
        model.addAttribute("attachments", attachments.list(user.organisationId(), "multifraga", "application:" + application.id()));
        model.addAttribute("outcomes", Applications.Outcome.values());
        model.addAttribute("lawConfigured", !defaultLaw.isBlank());
        model.addAttribute("autoLookup", agency.lookup());
        model.addAttribute("autoAnswers", agency.answers());
        model.addAttribute("incomeMonth", application.month().minusMonths(1));
        model.addAttribute("threshold", differenceThreshold);
        Map<IncomeComparison.Adult, String> adults = new java.util.EnumMap<>(IncomeComparison.Adult.class);
        for (IncomeComparison.Adult adult : IncomeComparison.Adult.values()) {
            adults.put(adult, personLabel(application, adult));
        }
        model.addAttribute("adultLabel", adults);
        return "multifraga/application";
    }

    private String page(CurrentUser user, Applications.Stored application, Model model) {
        return page(user, application, agency(user, application), null, model);
    }

    /**
     * Recalculates with the caseworker's choices of which amount counts, saving nothing: the page
     * again, the choices kept in the decision form, an impossible choice as an inline error.
     */
    @PostMapping("/multifraga/ansokningar/{id}/berakning")
    String recalculate(@PathVariable long id, @ModelAttribute("decisionForm") ApplicationDecisionForm form, BindingResult binding, Model model) {
        CurrentUser user = Caseworker.require(access);
        Applications.Stored application = find(user, id);
        Agency agency = agency(user, application);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, IncomeComparison.Choice> choices = IncomeComparison.choices(agency.lines(), form.counts(), errors);
        errors.forEach((field, key) -> {
            if (!key.equals("mf.app.error.countRequired")) {
                binding.rejectValue(field, key, new Object[] {person(application, field)}, null);
            }
        });
        errors.values().removeIf("mf.app.error.countRequired"::equals);
        model.addAttribute("countErrors", errors);
        audit.personalDataRead("multifraga.application", id, user.organisationId(), "beräkning med valda inkomster, " + application.caseId());
        return page(user, application, agency, choices, model);
    }

    @GetMapping("/multifraga/ansokningar/{id}/bilagor/{attachment}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment) {
        CurrentUser user = Caseworker.require(access);
        Applications.Stored application = find(user, id);
        attachments.info(attachment, user.organisationId(), "multifraga")
                .filter(a -> a.ownerRef().equals("application:" + application.id()))
                .orElseThrow(Caseworker.NotFound::new);
        return attachments.download(attachment, user.organisationId(), "multifraga");
    }

    /** Asks the agencies about the applicant and co-applicant for the month before the month applied for, as case EA-id. */
    @PostMapping("/multifraga/ansokningar/{id}/forfragan")
    String lookUp(@PathVariable long id, Model model) {
        CurrentUser user = Caseworker.require(access);
        Applications.Stored application = find(user, id);
        if (defaultLaw.isBlank() || lookups.ingivare(user.organisationId()).isEmpty()) {
            model.addAttribute("decisionForm", ApplicationDecisionForm.empty(agency(user, application).lines()));
            model.addAttribute("lookupError", "mf.app.error.lookupNotConfigured");
            return page(user, application, model);
        }
        YearMonth before = application.month().minusMonths(1);
        LocalDate to = before.atEndOfMonth().isAfter(LocalDate.now()) ? LocalDate.now() : before.atEndOfMonth();
        List<String> sources = lookups.sourcesFor(user).stream().map(s -> s.code()).toList();
        long lookup = lookups.start(user, new LookupRequest(applications.numbers(id), application.caseId(), before.atDay(1), to, sources,
                defaultPurpose, defaultLaw));
        return "redirect:/multifraga/lookups/" + lookup;
    }

    @PostMapping("/multifraga/ansokningar/{id}/beslut")
    String decide(@PathVariable long id, @ModelAttribute("decisionForm") ApplicationDecisionForm form, BindingResult binding, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        CurrentUser user = Caseworker.require(access);
        Applications.Stored application = find(user, id);
        if (application.status() != Applications.Status.SUBMITTED) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("decideError", "mf.app.error.alreadyDecided");
            return page(user, application, model);
        }
        Agency agency = agency(user, application);
        ApplicationDecisionForm.Checked checked = form.check();
        checked.errors().forEach(binding::rejectValue);
        Map<String, String> countErrors = new LinkedHashMap<>();
        Map<String, IncomeComparison.Choice> choices = IncomeComparison.choices(agency.lines(), form.counts(), countErrors);
        countErrors.forEach((field, key) -> binding.rejectValue(field, key, new Object[] {person(application, field)}, null));
        model.addAttribute("countErrors", countErrors);
        if (binding.hasErrors()) {
            return page(user, application, agency, choices, model);
        }
        IncomeComparison.Counted counted = new IncomeComparison.Counted(agency.lines(), choices);
        if (!applications.decide(user.organisationId(), id, checked.outcome(), checked.amount(), checked.reasons(), user.name(), counted,
                agency.notCounted(), applications.norm(application), agency.compared(), applications.assetRule(user.organisationId()))) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("decideError", "mf.app.error.alreadyDecided");
            return page(user, find(user, id), model);
        }
        decisions.record(user.organisationId(), application.caseId(), CaseDecisions.Outcome.valueOf(checked.outcome().name()), LocalDate.now(),
                user.name());
        String agencyCounted = String.join(", ", counted.lines().stream()
                .filter(l -> counted.choice(l) == IncomeComparison.Choice.AGENCY).map(l -> l.adult().name() + " " + l.kind().name()).toList());
        audit.personalDataChanged("multifraga.application", id, user.organisationId(), "beslut " + checked.outcome() + " i " + application.caseId()
                + (agencyCounted.isEmpty() ? ", inkomster enligt sökanden" : ", myndigheternas belopp räknat för " + agencyCounted));
        return "redirect:/multifraga/ansokningar/" + id;
    }

    /** The application as the filled-in paper form, for the case file. */
    @GetMapping("/multifraga/ansokningar/{id}/pdf")
    ResponseEntity<byte[]> applicationPdf(@PathVariable long id) {
        CurrentUser user = Caseworker.require(access);
        Applications.Stored application = find(user, id);
        return downloads.pdf(paper.filename(application), paper.of(application, applications.municipalityName(application.organisationId()),
                applications.caps(application.organisationId())),
                PersonalData.of("multifraga.application", user.organisationId(), "ansökan som PDF, " + application.caseId()));
    }

    @GetMapping("/multifraga/ansokningar/{id}/beslut/pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable long id) {
        CurrentUser user = Caseworker.require(access);
        Applications.Stored application = find(user, id);
        if (application.status() != Applications.Status.DECIDED) {
            throw new Caseworker.NotFound();
        }
        IncomeComparison.Counted incomes = applications.decidedIncomes(application.id()).orElse(null);
        NormCalculation.Result calculation = incomes == null ? applications.calculate(application) : applications.calculate(application, incomes.incomes());
        PdfDocument pdf = PdfDocument.titled(t("mf.app.decision.title"))
                .fact(t("mf.caseId"), application.caseId())
                .fact(t("mf.app.applicant"), application.applicantName() + ", " + application.applicantMasked())
                .fact(t("mf.app.month"), SwedishFormat.month(application.month()))
                .fact(t("mf.outcome"), t("mf.outcome." + application.outcome()))
                .fact(t("mf.app.decision.amount"), application.decisionAmount() == null ? "–" : SwedishFormat.kronor(application.decisionAmount()))
                .fact(t("mf.decidedOn"), SwedishFormat.dateTime(application.decidedAt()));
        pdf.heading(t("mf.app.decision.reasons"));
        pdf.paragraph(application.decisionReasons() == null ? t("mf.app.decision.noReasons") : application.decisionReasons());
        pdf.heading(t("mf.app.calculation"));
        List<List<?>> rows = new java.util.ArrayList<>();
        calculation.norm().forEach(l -> rows.add(List.of(l.label(), SwedishFormat.kronor(l.amount()), "")));
        calculation.costs().forEach(l -> rows.add(List.of(l.label(), SwedishFormat.kronor(l.amount()), l.note() == null ? "" : l.note())));
        rows.add(List.of(t("mf.app.calc.need"), SwedishFormat.kronor(calculation.need()), ""));
        rows.add(List.of(t("mf.app.calc.incomes"), SwedishFormat.kronor(calculation.incomes()), ""));
        rows.add(List.of(t("mf.app.calc.assistance"), SwedishFormat.kronor(calculation.assistance()), ""));
        pdf.table(List.of(t("mf.app.calc.item"), t("mf.app.calc.amount"), t("mf.app.calc.note")), rows);
        if (incomes != null) {
            pdf.heading(t("mf.app.income.title", SwedishFormat.month(application.month().minusMonths(1))));
            List<List<?>> incomeRows = new java.util.ArrayList<>();
            for (IncomeComparison.Line line : incomes.lines()) {
                incomeRows.add(List.of(personLabel(application, line.adult()), t("mf.app.income.kind." + line.kind()),
                        SwedishFormat.kronor(line.declared()),
                        line.agency() == null ? t("mf.app.income.noAnswer") : SwedishFormat.kronor(line.agency()),
                        t("mf.app.income.counted." + incomes.choice(line)), note(line)));
            }
            for (IncomeComparison.Adult adult : incomes.adults()) {
                incomeRows.add(List.of(personLabel(application, adult), t("mf.adult.countedTotal"), "", "",
                        SwedishFormat.kronor(incomes.counted(adult)), ""));
            }
            pdf.table(List.of(t("mf.app.auto.person"), t("mf.app.income.kind"), t("mf.app.income.declared"), t("mf.app.income.agency"),
                    t("mf.app.income.counted"), t("mf.app.calc.note")), incomeRows);
        }
        java.util.Optional<List<IncomeComparison.NotCounted>> notCounted = applications.decidedNotCounted(application.id());
        if (notCounted.isPresent()) {
            pdf.heading(t("mf.adult.notCounted.kept"));
            if (notCounted.get().isEmpty()) {
                pdf.paragraph(t("mf.adult.notCounted.none"));
            } else {
                pdf.table(List.of(t("mf.app.auto.person"), t("mf.app.auto.source"), t("mf.cmp.kind"), t("mf.cmp.net"), t("mf.cmp.reason")),
                        notCounted.get().stream().map(n -> List.<Object>of(n.personMasked(), n.sourceName(), n.kind() == null ? "" : n.kind(),
                                n.kronor() == null ? t("mf.cmp.noNet") : SwedishFormat.kronor(n.kronor()), n.reason())).toList());
            }
        }
        se.sambruk.multifraga.applications.AssetRule.Assessment assets = applications.assets(application, calculation.assistance());
        pdf.heading(t("mf.asset.title"));
        List<List<?>> assetRows = new java.util.ArrayList<>();
        for (se.sambruk.multifraga.applications.AssetRule.Line line : assets.lines()) {
            assetRows.add(List.of(t("mf.asset.kind." + line.kind()) + (line.text() == null ? "" : " (" + line.text() + ")"),
                    SwedishFormat.kronor(line.declared()), SwedishFormat.kronor(line.toUse()), line.assess() ? t("mf.app.check.manual") : ""));
        }
        pdf.table(List.of(t("mf.asset.kind"), t("mf.asset.declared"), t("mf.asset.toUse"), t("mf.app.calc.note")), assetRows);
        pdf.paragraph(t("mf.asset.rule", SwedishFormat.kronor(assets.buffer())));
        pdf.paragraph(t("mf.asset.after", SwedishFormat.kronor(assets.assistanceAfter())));
        applications.compared(application.id()).ifPresent(c -> pdf.paragraph(t("mf.cmp.used", String.valueOf(c.lookupId()), c.caseworker(),
                SwedishFormat.dateTime(c.askedAt()))));
        pdf.paragraph(t("mf.app.calc.source", String.valueOf(calculation.year()), calculation.source()));
        pdf.paragraph(whose(applications.norm(application)));
        if (calculation.year() != application.month().getYear()) {
            pdf.paragraph(t("mf.norm.stale", String.valueOf(application.month().getYear()), String.valueOf(calculation.year())));
        }
        pdf.paragraph(t("mf.app.decision.appeal"));
        pdf.signature(application.decidedBy() + ", " + t("mf.app.decision.caseworker"));
        pdf.footer(t("mf.app.decision.footer", application.caseId()));
        return downloads.pdf("beslut-" + application.caseId() + ".pdf", pdf,
                PersonalData.of("multifraga.application", user.organisationId(), "beslut som PDF, " + application.caseId()));
    }

    /** Who an income line is about: "Sökande: name, number", "Medsökande: name, number", or the household (one declaration, before incomes per adult). */
    private String personLabel(Applications.Stored application, IncomeComparison.Adult adult) {
        if (application.householdIncomes()) {
            return t("mf.adult.household");
        }
        if (adult == IncomeComparison.Adult.APPLICANT) {
            return t("mf.adult.APPLICANT", application.applicantName(), application.applicantMasked());
        }
        return t("mf.adult.CO_APPLICANT", application.coFirstName() == null ? "" : application.coFirstName(), application.coApplicantMasked());
    }

    /** The person a choice field is about, for its error: the applicant's or the co-applicant's name. */
    private String person(Applications.Stored application, String field) {
        return personLabel(application, field.startsWith("co") ? IncomeComparison.Adult.CO_APPLICANT : IncomeComparison.Adult.APPLICANT);
    }

    /** The note of an income line: the difference flagged, the paying sources that gave no answer, the agencies' parts. */
    private String note(IncomeComparison.Line line) {
        List<String> notes = new java.util.ArrayList<>();
        if (line.state() == IncomeComparison.State.DIFFERS) {
            notes.add(t("mf.app.income.differs", SwedishFormat.kronor(Math.abs(line.difference()))));
        }
        line.parts().forEach(p -> notes.add(p.sourceName() + " " + SwedishFormat.kronor(p.kronor())));
        if (!line.missing().isEmpty()) {
            notes.add(t("mf.app.income.missing", String.join(", ", line.missing())));
        }
        if (line.netMissing()) {
            notes.add(t("mf.app.income.netMissing"));
        }
        return String.join("; ", notes);
    }

    /** Whose riksnorm table the calculation used: the platform's, or the municipality's version with who entered it and when. */
    private String whose(se.sambruk.multifraga.applications.RiksnormTables.InForce norm) {
        return norm.shipped() ? t("mf.norm.whose.shipped")
                : t("mf.norm.whose.own", String.valueOf(norm.version()), norm.enteredBy(), SwedishFormat.dateTime(norm.enteredAt()));
    }

    private String t(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
