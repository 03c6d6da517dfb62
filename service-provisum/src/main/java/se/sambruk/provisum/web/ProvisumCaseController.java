package se.sambruk.provisum.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.sambruk.core.AuditLog;
import se.sambruk.core.Notifications;
import se.sambruk.core.UserRoleGrants;
import se.sambruk.core.documents.Attachment;
import se.sambruk.core.documents.Attachments;
import se.sambruk.core.documents.FileType;
import se.sambruk.core.documents.RefusedFile;
import se.sambruk.provisum.ProvisumModule;
import se.sambruk.provisum.cases.Office;
import se.sambruk.provisum.cases.Register;
import se.sambruk.provisum.consent.Consents;
import se.sambruk.provisum.decisions.Decisions;
import se.sambruk.provisum.rules.ConsentRules;
import se.sambruk.provisum.review.AnnualAccounts;
import se.sambruk.provisum.rules.Fees;
import se.sambruk.provisum.rules.PartYearFee;

/**
 * A case: its checklist with the paragraphs, the annual account's review and outcome, fee decisions
 * (the municipality's fee rules give the default share), the caseworker it is assigned to,
 * attachments (the core's Attachments) and the diarium.
 */
@Controller
class ProvisumCaseController {

    private final Office office;
    private final Register register;
    private final AnnualAccounts accounts;
    private final AuditLog audit;
    private final UserRoleGrants roles;
    private final Attachments attachments;
    private final Notifications notifications;
    private final Consents consents;
    private final Decisions decisions;

    ProvisumCaseController(Office office, Register register, AnnualAccounts accounts, AuditLog audit, UserRoleGrants roles,
                           Attachments attachments, Notifications notifications, Consents consents, Decisions decisions) {
        this.consents = consents;
        this.decisions = decisions;
        this.office = office;
        this.register = register;
        this.accounts = accounts;
        this.audit = audit;
        this.roles = roles;
        this.attachments = attachments;
        this.notifications = notifications;
    }

    static final String SERVICE = "provisum";

    static String ownerRef(long caseId) {
        return "case:" + caseId;
    }

    private Register.CaseRow caseFile(Office.Scope scope, long id) {
        return register.caseFile(scope, id).orElseThrow(Office.NotFound::new);
    }

    @GetMapping("/provisum/cases/{id}")
    String show(@PathVariable long id, Model model) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        model.addAttribute("c", caseRow);
        model.addAttribute("municipality", office.names(scope).get(caseRow.municipalityId()));
        model.addAttribute("done", register.stepsDone(id));
        model.addAttribute("action", caseRow.actionOn(office.today()));
        model.addAttribute("entries", register.entries(id));
        model.addAttribute("fees", register.fees(id));
        model.addAttribute("priceBaseAmounts", register.priceBaseAmounts());
        model.addAttribute("tasks", Fees.Task.values());
        model.addAttribute("feeRules", Fees.rules(register.feeRules(caseRow.municipalityId())));
        model.addAttribute("caseworkers", roles.holders(scope.user().organisationId(), ProvisumModule.PROVISUM_CASEWORKER));
        model.addAttribute("attachments", attachments.list(caseRow.municipalityId(), SERVICE, ownerRef(id)));
        model.addAttribute("maxAttachmentMb", attachments.maxSize() / (1024 * 1024));
        if (caseRow.type() == se.sambruk.provisum.rules.CaseType.FORTECKNING) {
            model.addAttribute("inventory", register.inventory(id));
        }
        if (ConsentRules.asksPrincipal(caseRow.type())) {
            model.addAttribute("consents", consents.forCase(id));
            model.addAttribute("principalOldEnough", register.principal(scope, caseRow.principalId())
                    .map(p -> ConsentRules.oldEnough(p.personnummer().dateOfBirth(), office.today())).orElse(false));
        }
        model.addAttribute("decisions", decisions.forCase(id));
        var account = accounts.forCase(id);
        model.addAttribute("account", account.orElse(null));
        account.ifPresent(a -> {
            model.addAttribute("accountRows", accounts.accounts(a.id()));
            model.addAttribute("lines", accounts.lines(a.id()));
            model.addAttribute("review", accounts.review(a.id()).orElse(null));
        });
        audit.personalDataRead("provisum.case", id, caseRow.municipalityId(), caseRow.type() + " " + caseRow.diaryNumber());
        return "provisum/case";
    }

    @PostMapping("/provisum/cases/{id}/steps")
    String step(@PathVariable long id, @RequestParam(required = false) String step, Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        if (step == null || !caseRow.type().hasStep(step)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("stepError", true);
            return show(id, model);
        }
        register.markStep(caseRow, step, scope.user().name());
        audit.personalDataChanged("provisum.case", id, caseRow.municipalityId(), "step " + step + " done");
        return "redirect:/provisum/cases/" + id;
    }

    @PostMapping("/provisum/cases/{id}/review")
    String review(@PathVariable long id) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        AnnualAccounts.Header account = accounts.forCase(id).orElseThrow(Office.NotFound::new);
        accounts.reviewAll(List.of(account.id()));
        register.register(caseRow.municipalityId(), id, "AUTOMATIC_REVIEW", "Automatgranskning årsräkning " + account.year(), scope.user().name());
        audit.personalDataChanged("provisum.annual-account", account.id(), caseRow.municipalityId(), "automatic review");
        return "redirect:/provisum/cases/" + id + "#review";
    }

    @PostMapping("/provisum/cases/{id}/outcome")
    String outcome(@PathVariable long id, @RequestParam(required = false) String outcome, @RequestParam(required = false) String remarks,
                   Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        AnnualAccounts.Header account = accounts.forCase(id).orElseThrow(Office.NotFound::new);
        String text = remarks == null ? "" : remarks.strip();
        boolean valid = accounts.review(account.id()).isPresent()
                && ("APPROVED".equals(outcome) || ("REMARKS".equals(outcome) && !text.isEmpty())) && text.length() <= 4000;
        if (!valid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("outcomeError", true);
            return show(id, model);
        }
        accounts.decide(account.id(), outcome, text.isEmpty() ? null : text, scope.user().name());
        register.register(caseRow.municipalityId(), id, "REVIEW_DECISION",
                ("APPROVED".equals(outcome) ? "Årsräkning granskad utan anmärkning " : "Årsräkning granskad med anmärkning ") + account.year(),
                scope.user().name());
        decisions.record(id, Decisions.Kind.REVIEW, ("APPROVED".equals(outcome) ? "Årsräkningen för " + account.year() + " granskad utan anmärkning"
                        : "Årsräkningen för " + account.year() + " granskad med anmärkning"),
                "APPROVED".equals(outcome) ? "Överförmyndaren har granskat årsräkningen för " + account.year() + " och har inga anmärkningar (FB 16 kap. 3 §)."
                        : "Överförmyndaren har granskat årsräkningen för " + account.year() + " och har följande anmärkningar (FB 16 kap. 3 §):\n\n" + text,
                office.today(), scope.user().name(), true);
        audit.personalDataChanged("provisum.annual-account", account.id(), caseRow.municipalityId(), "outcome " + outcome);
        return "redirect:/provisum/cases/" + id + "#review";
    }

    /**
     * A fee decision: the year's prisbasbelopp times a share, the share being what the caseworker
     * enters or, left empty, the sum of the municipality's rules for the chosen tasks.
     */
    @PostMapping("/provisum/cases/{id}/fees")
    String fee(@PathVariable long id, @RequestParam(required = false) String year, @RequestParam(required = false) String share,
               @RequestParam(name = "task", required = false) List<String> taskNames, @RequestParam(required = false) String from,
               @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        try {
            int y = Integer.parseInt(year == null ? "" : year.strip());
            List<Fees.Task> tasks = new ArrayList<>();
            for (String name : taskNames == null ? List.<String>of() : taskNames) {
                tasks.add(Fees.Task.valueOf(name));
            }
            String entered = share == null ? "" : share.strip().replace(',', '.');
            if (entered.isEmpty() && tasks.isEmpty()) {
                throw new IllegalArgumentException("neither a share nor a task");
            }
            BigDecimal percent = entered.isEmpty() ? Fees.share(register.feeRules(caseRow.municipalityId()), tasks) : new BigDecimal(entered);
            int base = register.priceBaseAmount(y).orElseThrow(() -> new IllegalArgumentException("no price base amount"));
            BigDecimal yearAmount = Fees.fee(percent, base);
            String fromText = from == null ? "" : from.strip();
            String toText = to == null ? "" : to.strip();
            PartYearFee.Share part = null;
            if (!fromText.isEmpty() || !toText.isEmpty()) {
                LocalDate first = fromText.isEmpty() ? LocalDate.of(y, 1, 1) : LocalDate.parse(fromText);
                LocalDate last = toText.isEmpty() ? null : LocalDate.parse(toText);
                part = PartYearFee.fee(yearAmount, y, first, last);
            }
            BigDecimal amount = part == null ? yearAmount : part.amount();
            String taskList = tasks.isEmpty() ? null : String.join(",", tasks.stream().distinct().map(Enum::name).toList());
            register.decideFee(caseRow, y, taskList, percent, amount, office.today(), scope.user().name());
            if (part != null) {
                register.feePart(id, LocalDate.parse(fromText.isEmpty() ? y + "-01-01" : fromText), toText.isEmpty() ? null : LocalDate.parse(toText),
                        part, yearAmount);
            }
            String partText = part == null ? "" : " Uppdraget innehades " + part.daysHeld() + " av årets " + part.daysInYear()
                    + " dagar: årsarvodet " + yearAmount.toPlainString() + " kr × " + part.daysHeld() + "/" + part.daysInYear()
                    + ", avrundat till hela kronor.";
            decisions.record(id, Decisions.Kind.FEE, "Arvode för " + y + ": " + amount.toPlainString() + " kr",
                    "Arvodet är " + percent.stripTrailingZeros().toPlainString() + " % av prisbasbeloppet för " + y + " (" + base + " kr)"
                            + (tasks.isEmpty() ? "" : " för uppdragets delar " + String.join(", ", tasks.stream().distinct().map(Fees.Task::label).toList()))
                            + ", enligt kommunens arvodesregler (FB 12 kap. 16 §)." + partText,
                    office.today(), scope.user().name(), true);
            audit.personalDataChanged("provisum.case", id, caseRow.municipalityId(), "fee decided " + amount);
            return "redirect:/provisum/cases/" + id + "#fees";
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("feeError", true);
            return show(id, model);
        }
    }

    /**
     * Asks the case's principal, who has turned 16, for their consent in the e-service (FB 16 kap. 4 §);
     * refused with an inline message for other case types, a younger principal, or no question.
     */
    @PostMapping("/provisum/cases/{id}/consent")
    String askConsent(@PathVariable long id, @RequestParam(required = false) String question, Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        boolean oldEnough = register.principal(scope, caseRow.principalId())
                .map(p -> ConsentRules.oldEnough(p.personnummer().dateOfBirth(), office.today())).orElse(false);
        String error = !ConsentRules.asksPrincipal(caseRow.type()) ? "provisum.consent.notForType"
                : !oldEnough ? "provisum.consent.tooYoung"
                : !ConsentRules.validQuestion(question) ? "provisum.consent.question.invalid" : null;
        if (error != null || !"OPEN".equals(caseRow.status())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("consentError", error == null ? "provisum.consent.closed" : error);
            model.addAttribute("consentQuestion", question == null ? "" : question);
            return show(id, model);
        }
        consents.ask(id, caseRow.municipalityId(), question, office.today(), scope.user().name());
        audit.personalDataChanged("provisum.case", id, caseRow.municipalityId(), "principal asked for consent");
        return "redirect:/provisum/cases/" + id + "#consent";
    }

    /**
     * The office's decision on a consent (FB 14 kap. 11 §) or a withdrawal permission (FB 13 kap. 9 §):
     * granted or refused, with the reasons the guardian reads in the e-service; the checklist's step
     * "decided" is marked done and the guardians are told.
     */
    @PostMapping("/provisum/cases/{id}/permission")
    String permission(@PathVariable long id, @RequestParam(required = false) String outcome, @RequestParam(required = false) String reasons,
                      Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        String text = reasons == null ? "" : reasons.strip();
        boolean granted = "GRANTED".equals(outcome);
        if (!ConsentRules.asksPrincipal(caseRow.type()) || !"OPEN".equals(caseRow.status()) || !(granted || "REFUSED".equals(outcome))
                || text.isEmpty() || text.length() > 4000) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("permissionError", true);
            model.addAttribute("permissionReasons", text);
            return show(id, model);
        }
        boolean consent = caseRow.type() == se.sambruk.provisum.rules.CaseType.SAMTYCKE;
        String title = consent ? (granted ? "Överförmyndaren samtycker" : "Överförmyndaren samtycker inte")
                : (granted ? "Uttagstillstånd beviljas" : "Uttagstillstånd beviljas inte");
        String heard = consents.forCase(id).stream().filter(Consents.Request::answered).reduce((a, b) -> b)
                .map(r -> "\n\nHuvudmannen har hörts (FB 16 kap. 4 §) och " + ("GIVEN".equals(r.answer()) ? "samtycker." : "samtycker inte.")).orElse("");
        register.setPermission(caseRow, granted ? "GRANTED" : "REFUSED");
        decisions.record(id, Decisions.Kind.PERMISSION, title, text + " (" + (consent ? "FB 14 kap. 11 §" : "FB 13 kap. 9 §") + ")" + heard,
                office.today(), scope.user().name(), true);
        register.markStep(caseRow, "decided", scope.user().name());
        audit.personalDataChanged("provisum.case", id, caseRow.municipalityId(), "permission " + (granted ? "granted" : "refused"));
        return "redirect:/provisum/cases/" + id + "#decisions";
    }

    /** Gives the case to another caseworker of the office, who is told by a notice without personal data. */
    @PostMapping("/provisum/cases/{id}/caseworker")
    String assign(@PathVariable long id, @RequestParam(required = false) String caseworker, Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        var holder = roles.holders(scope.user().organisationId(), ProvisumModule.PROVISUM_CASEWORKER).stream()
                .filter(h -> h.username().equals(caseworker)).findFirst();
        if (holder.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("assignError", true);
            return show(id, model);
        }
        if (!holder.get().username().equals(caseRow.caseworker())) {
            register.assignCase(caseRow, holder.get().username(), scope.user().name());
            audit.personalDataChanged("provisum.case", id, caseRow.municipalityId(), "assigned to " + holder.get().username());
            if (!holder.get().username().equals(scope.user().name())) {
                notifications.notifyUser(holder.get().userId(), "Provisum: ett ärende har tilldelats dig",
                        "Ärende " + caseRow.diaryNumber() + " har tilldelats dig i Provisum av " + scope.user().name() + ".",
                        "/provisum/cases/" + id);
            }
        }
        return "redirect:/provisum/cases/" + id;
    }

    /** Attaches a file to the case (type told from the content), registered in the diarium. */
    @PostMapping("/provisum/cases/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        try {
            Attachment saved = attachments.store(caseRow.municipalityId(), SERVICE, ownerRef(id), file, FileType.DOCUMENTS);
            register.register(caseRow.municipalityId(), id, "ATTACHMENT", "Bilaga " + saved.fileName(), scope.user().name());
            return "redirect:/provisum/cases/" + id + "#attachments";
        } catch (RefusedFile refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("attachmentError", refused.getMessage());
            return show(id, model);
        }
    }

    /** Downloads a case's attachment; the core audits the read; another case's or office's answers 404. */
    @GetMapping("/provisum/cases/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        attachments.info(attachmentId, caseRow.municipalityId(), SERVICE).filter(a -> a.ownerRef().equals(ownerRef(id)))
                .orElseThrow(Office.NotFound::new);
        return attachments.download(attachmentId, caseRow.municipalityId(), SERVICE);
    }
}
