package se.sambruk.provisum.eservice;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.provisum.decisions.Decisions;

/**
 * A decision of the office in the guardians' e-service: what was decided, when, by whom and why,
 * for a principal the resident is (or within the last month was) guardian of; anyone else gets 404.
 */
@Controller
class DecisionController {

    private final Decisions decisions;
    private final AuditLog audit;
    private final Clock clock;

    DecisionController(Decisions decisions, AuditLog audit, Clock clock) {
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/e-tjanster/provisum/beslut/{id}")
    String show(@PathVariable long id, CurrentResident resident, Model model) {
        Decisions.Decision decision = decisions.ofGuardian(id, resident.personalIdentityNumber().value(), LocalDate.now(clock))
                .orElseThrow(GuardianEService.NotYours::new);
        model.addAttribute("decision", decision);
        audit.record(AuditAction.PERSONAL_DATA_READ, "resident:" + resident.id(), null, "provisum.decision", id, decision.municipalityId(),
                "guardian's view");
        return "provisum/eservice/decision";
    }
}
