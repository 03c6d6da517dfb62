package se.sambruk.provisum.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sambruk.core.AuditLog;
import se.sambruk.provisum.cases.Office;
import se.sambruk.provisum.cases.Register;

/** The caseworker's start: my cases, deadlines today and overdue, and the workload per caseworker. */
@Controller
class ProvisumOverviewController {

    private final Office office;
    private final Register register;
    private final AuditLog audit;

    ProvisumOverviewController(Office office, Register register, AuditLog audit) {
        this.office = office;
        this.register = register;
        this.audit = audit;
    }

    @GetMapping("/provisum")
    String overview(Model model) {
        Office.Scope scope = office.require();
        LocalDate today = office.today();
        List<Register.CaseRow> mine = register.myCases(scope);
        List<Register.CaseRow> due = register.dueByToday(scope, today);
        model.addAttribute("today", today);
        model.addAttribute("mine", mine);
        model.addAttribute("dueToday", due.stream().filter(c -> c.dueOn().equals(today)).toList());
        model.addAttribute("overdue", due.stream().filter(c -> c.dueOn().isBefore(today)).toList());
        model.addAttribute("workload", register.workload(scope, today));
        model.addAttribute("serves", String.join(", ", office.names(scope).values()));
        audit.personalDataRead("provisum.overview", null, scope.user().organisationId(), (mine.size() + due.size()) + " cases listed");
        return "provisum/overview";
    }
}
