package se.sambruk.provisum.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.provisum.cases.Office;
import se.sambruk.provisum.cases.Register;
import se.sambruk.provisum.rules.Fees;

/**
 * The fee rules (arvodesregler) of each municipality the office serves: a share of the
 * prisbasbelopp per task, which a fee decision takes as its default. No personal data.
 */
@Controller
class ProvisumFeeRuleController {

    private final Office office;
    private final Register register;
    private final AuditLog audit;

    ProvisumFeeRuleController(Office office, Register register, AuditLog audit) {
        this.office = office;
        this.register = register;
        this.audit = audit;
    }

    @GetMapping("/provisum/fee-rules")
    String rules(Model model) {
        Office.Scope scope = office.require();
        Map<Long, String> names = office.names(scope);
        Map<Long, Map<Fees.Task, BigDecimal>> rules = new LinkedHashMap<>();
        names.keySet().stream().sorted((a, b) -> names.get(a).compareTo(names.get(b)))
                .forEach(m -> rules.put(m, Fees.rules(register.feeRules(m))));
        model.addAttribute("names", names);
        model.addAttribute("rules", rules);
        model.addAttribute("tasks", Fees.Task.values());
        model.addAttribute("priceBaseAmounts", register.priceBaseAmounts());
        return "provisum/fee-rules";
    }

    /** Saves one municipality's three shares; any share that is not 0-100 % with at most two decimals refuses all. */
    @PostMapping("/provisum/fee-rules")
    String save(@RequestParam(required = false) Long municipality, @RequestParam Map<String, String> params, Model model,
                HttpServletResponse response) {
        Office.Scope scope = office.require();
        if (municipality == null || !scope.covers(municipality)) {
            throw new Office.NotFound();
        }
        Map<Fees.Task, BigDecimal> shares = new EnumMap<>(Fees.Task.class);
        Map<String, Boolean> errors = new LinkedHashMap<>();
        for (Fees.Task task : Fees.Task.values()) {
            String text = params.getOrDefault(task.name(), "").strip().replace(',', '.');
            try {
                BigDecimal share = new BigDecimal(text);
                if (share.signum() <= 0 || share.compareTo(new BigDecimal("100")) > 0 || share.stripTrailingZeros().scale() > 2) {
                    throw new NumberFormatException(text);
                }
                shares.put(task, share);
            } catch (NumberFormatException e) {
                errors.put(task.name(), true);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorMunicipality", municipality);
            model.addAttribute("errors", errors);
            model.addAttribute("entered", params);
            return rules(model);
        }
        register.setFeeRules(municipality, shares, scope.user().name());
        audit.record(AuditAction.REGISTER_CHANGED, "provisum.fee-rule", municipality, municipality, "fee rules " + shares);
        return "redirect:/provisum/fee-rules#m-" + municipality;
    }
}
