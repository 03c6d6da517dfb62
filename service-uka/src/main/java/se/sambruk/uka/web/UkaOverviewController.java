package se.sambruk.uka.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.uka.people.Register;

/** The caseworker's day: my caseload, follow-ups due, no contact for N days, what changed since yesterday; and the team view. */
@Controller
class UkaOverviewController {

    static final int LIMIT = 200;

    private final Register register;
    private final se.sambruk.uka.people.OwnPages pages;
    private final AuditLog audit;

    UkaOverviewController(Register register, se.sambruk.uka.people.OwnPages pages, AuditLog audit) {
        this.register = register;
        this.pages = pages;
        this.audit = audit;
    }

    @GetMapping("/uka")
    String overview(@RequestParam(name = "dagar", defaultValue = "30") int days, Model model) {
        CurrentUser user = UkaCaseworker.require();
        int n = Math.max(1, Math.min(days, 365));
        long org = user.organisationId();
        String me = UkaCaseworker.username();
        var today = register.today();
        model.addAttribute("days", n);
        model.addAttribute("caseload", register.caseload(org, me, LIMIT));
        model.addAttribute("due", register.followUpsDue(org, me, today, LIMIT));
        model.addAttribute("noContact", register.noContactSince(org, me, today.minusDays(n), LIMIT));
        model.addAttribute("changed", register.changedSince(org, today.minusDays(1), LIMIT));
        model.addAttribute("unassigned", register.caseload(org, null, LIMIT));
        model.addAttribute("requests", pages.open(org, LIMIT));
        audit.personalDataRead("uka.overview", null, org, "daily overview");
        return "uka/overview";
    }

    @GetMapping("/uka/team")
    String team(Model model) {
        CurrentUser user = UkaCaseworker.require();
        model.addAttribute("team", register.team(user.organisationId()));
        return "uka/team";
    }
}
