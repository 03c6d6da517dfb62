package se.sambruk.provisum.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditLog;
import se.sambruk.provisum.cases.Office;
import se.sambruk.provisum.cases.Register;
import se.sambruk.provisum.review.AnnualAccounts;
import se.sambruk.provisum.rules.Fees;

/** A case: its checklist with the paragraphs, the annual account's review and outcome, fee decisions and the diarium. */
@Controller
class ProvisumCaseController {

    private final Office office;
    private final Register register;
    private final AnnualAccounts accounts;
    private final AuditLog audit;

    ProvisumCaseController(Office office, Register register, AnnualAccounts accounts, AuditLog audit) {
        this.office = office;
        this.register = register;
        this.accounts = accounts;
        this.audit = audit;
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
        audit.personalDataChanged("provisum.annual-account", account.id(), caseRow.municipalityId(), "outcome " + outcome);
        return "redirect:/provisum/cases/" + id + "#review";
    }

    @PostMapping("/provisum/cases/{id}/fees")
    String fee(@PathVariable long id, @RequestParam(required = false) String year, @RequestParam(required = false) String share,
               Model model, HttpServletResponse response) {
        Office.Scope scope = office.require();
        Register.CaseRow caseRow = caseFile(scope, id);
        try {
            int y = Integer.parseInt(year == null ? "" : year.strip());
            BigDecimal percent = new BigDecimal(share == null ? "" : share.strip().replace(',', '.'));
            int base = register.priceBaseAmount(y).orElseThrow(() -> new IllegalArgumentException("no price base amount"));
            BigDecimal amount = Fees.fee(percent, base);
            register.decideFee(caseRow, y, percent, amount, office.today(), scope.user().name());
            audit.personalDataChanged("provisum.case", id, caseRow.municipalityId(), "fee decided " + amount);
            return "redirect:/provisum/cases/" + id + "#fees";
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("feeError", true);
            return show(id, model);
        }
    }
}
