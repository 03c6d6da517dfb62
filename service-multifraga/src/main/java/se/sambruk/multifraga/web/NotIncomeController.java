package se.sambruk.multifraga.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.multifraga.applications.NotIncome;
import se.sambruk.multifraga.applications.NotIncomeForm;
import se.sambruk.multifraga.applications.NotIncomeLists;
import se.sambruk.multifraga.sources.AgencySource;
import se.sambruk.multifraga.sources.AgencySources;

/**
 * What is not income, as the municipality's Multifråga administrator (MF_ADMIN) keeps it: the
 * sources and the kinds of benefit they pay, each with a checkbox and a reason; saving is a new
 * version (audited) in force for the organisation's calculations from then on (a decided application
 * keeps what its decision left out). Only the organisation's own list is shown or changed; another
 * organisation's version answers 404.
 */
@Controller
class NotIncomeController {

    private final NotIncomeLists lists;
    private final AgencySources sources;
    private final ServiceAccess access;
    private final AuditLog audit;

    NotIncomeController(NotIncomeLists lists, AgencySources sources, ServiceAccess access, AuditLog audit) {
        this.lists = lists;
        this.sources = sources;
        this.access = access;
        this.audit = audit;
    }

    private Map<String, String> sourceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (AgencySource source : sources.all()) {
            names.put(source.code(), source.name());
        }
        return names;
    }

    @GetMapping("/multifraga/inte-inkomst")
    String show(@RequestParam(name = "sparad", required = false) String saved, Model model) {
        CurrentUser user = Caseworker.requireAdmin(access);
        model.addAttribute("rows", NotIncomeForm.rows(sourceNames(), lists.forOrganisation(user.organisationId())));
        model.addAttribute("errors", Map.of());
        model.addAttribute("saved", saved != null && saved.matches("\\d{1,12}") ? saved : null);
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("current", lists.current(user.organisationId()).orElse(null));
        model.addAttribute("versions", lists.versions(user.organisationId()));
        return "multifraga/not-income";
    }

    @PostMapping("/multifraga/inte-inkomst")
    String save(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        CurrentUser user = Caseworker.requireAdmin(access);
        List<NotIncomeForm.Row> offered = NotIncomeForm.rows(sourceNames(), lists.forOrganisation(user.organisationId()));
        NotIncomeForm.Checked checked = NotIncomeForm.check(offered, params);
        if (!checked.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rows", checked.rows());
            model.addAttribute("errors", checked.errors());
            return page(user, model);
        }
        NotIncome list = checked.list();
        long id = lists.save(user.organisationId(), list, user.name());
        audit.record(AuditAction.REGISTER_CHANGED, "multifraga.not_income", id, user.organisationId(),
                "räknas inte som inkomst, version " + id + ": " + String.join(", ", list.reasons().keySet()));
        return "redirect:/multifraga/inte-inkomst?sparad=" + id;
    }

    /** One saved version of the organisation's list. */
    @GetMapping("/multifraga/inte-inkomst/versioner/{id}")
    String version(@PathVariable long id, Model model) {
        CurrentUser user = Caseworker.requireAdmin(access);
        NotIncomeLists.Version version = lists.version(user.organisationId(), id).orElseThrow(Caseworker.NotFound::new);
        model.addAttribute("version", version);
        return "multifraga/not-income-version";
    }
}
