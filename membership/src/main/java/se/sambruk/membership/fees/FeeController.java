package se.sambruk.membership.fees;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.documents.Downloads;
import se.sambruk.membership.web.Ids;
import se.sambruk.membership.web.Kronor;

/** Staff: the fee schedule per year, every member's fee against the budget, and the invoicing basis. */
@Controller
class FeeController {

    private final MemberFees fees;
    private final FeeSchedules schedules;
    private final AuditLog audit;
    private final Downloads downloads;

    FeeController(MemberFees fees, FeeSchedules schedules, AuditLog audit, Downloads downloads) {
        this.downloads = downloads;
        this.fees = fees;
        this.schedules = schedules;
        this.audit = audit;
    }

    @GetMapping("/admin/membership/fees")
    @Transactional(readOnly = true)
    String page(@RequestParam(required = false) String year, Model model) {
        int chosen = Ids.year(year, fees.thisYear());
        MemberFees.Calculation calculation = fees.calculate(chosen);
        model.addAttribute("calculation", calculation);
        model.addAttribute("year", chosen);
        model.addAttribute("years", schedules.years());
        model.addAttribute("kr", new Kronor.Formatter());
        model.addAttribute("labels", new BandLabels());
        return "membership/fees";
    }

    /** A schedule for the year, copied from the one in force, for staff to change. */
    @PostMapping("/admin/membership/fees/schedule")
    @Transactional
    String createSchedule(@RequestParam(required = false) String year, RedirectAttributes redirect) {
        int chosen = Ids.year(year, fees.thisYear() + 1);
        if (schedules.existsById(chosen)) {
            redirect.addFlashAttribute("flashKey", "membership.fees.exists");
        } else {
            schedules.inForce(chosen).ifPresentOrElse(earlier -> {
                schedules.save(earlier.copyFor(chosen));
                audit.record(AuditAction.REGISTER_CHANGED, "fee_schedule", chosen, null, "created from " + earlier.getYear());
                redirect.addFlashAttribute("flashKey", "membership.fees.created");
            }, () -> redirect.addFlashAttribute("flashKey", "membership.fees.noEarlier"));
        }
        return "redirect:/admin/membership/fees?year=" + chosen;
    }

    @PostMapping("/admin/membership/fees/band")
    @Transactional
    String setBand(@RequestParam(required = false) String year, @RequestParam(required = false) String position,
                   @RequestParam(required = false) String deposit, @RequestParam(required = false) String annualFee,
                   RedirectAttributes redirect) {
        int chosen = Ids.year(year, fees.thisYear());
        Long depositOre = Kronor.parse(deposit);
        Long annualOre = Kronor.parse(annualFee);
        var band = schedules.findById(chosen).flatMap(schedule -> schedule.getBands().stream()
                .filter(candidate -> String.valueOf(candidate.getPosition()).equals(position)).findFirst());
        if (band.isEmpty()) {
            redirect.addFlashAttribute("flashKey", "membership.fees.noSchedule");
        } else if (depositOre == null || annualOre == null) {
            redirect.addFlashAttribute("flashKey", "membership.fees.amount.invalid");
        } else {
            band.get().setAmounts(depositOre, annualOre);
            audit.record(AuditAction.REGISTER_CHANGED, "fee_schedule", chosen, null, "band " + position + " changed");
            redirect.addFlashAttribute("flashKey", "admin.saved");
        }
        return "redirect:/admin/membership/fees?year=" + chosen;
    }

    @PostMapping("/admin/membership/fees/budget")
    @Transactional
    String setBudget(@RequestParam(required = false) String year, @RequestParam(required = false) String budget,
                     RedirectAttributes redirect) {
        int chosen = Ids.year(year, fees.thisYear());
        Long ore = Kronor.parse(budget);
        var schedule = schedules.findById(chosen);
        if (schedule.isEmpty()) {
            redirect.addFlashAttribute("flashKey", "membership.fees.noSchedule");
        } else if (ore == null) {
            redirect.addFlashAttribute("flashKey", "membership.fees.amount.invalid");
        } else {
            schedule.get().setBudgetOre(ore);
            audit.record(AuditAction.REGISTER_CHANGED, "fee_schedule", chosen, null, "budget changed");
            redirect.addFlashAttribute("flashKey", "admin.saved");
        }
        return "redirect:/admin/membership/fees?year=" + chosen;
    }

    @GetMapping("/admin/membership/fees/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
        MemberFees.Calculation calculation = fees.calculate(Ids.year(year, fees.thisYear()));
        return downloads.csv("medlemsavgifter-" + calculation.year() + ".csv", fees.table(calculation));
    }

    @GetMapping("/admin/membership/fees/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year) {
        MemberFees.Calculation calculation = fees.calculate(Ids.year(year, fees.thisYear()));
        return downloads.xlsx("medlemsavgifter-" + calculation.year() + ".xlsx", fees.tableWithTotal(calculation));
    }

    /** For templates: {@code ${labels.of(band)}}. */
    public static final class BandLabels {
        public String of(FeeBand band) {
            return MemberFees.bandLabel(band.rule());
        }

        public String ofRule(FeeRules.Band band) {
            return MemberFees.bandLabel(band);
        }
    }
}
