package se.sambruk.membership.fees;

import java.time.Clock;
import java.time.Year;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Bli medlem", public: what membership gives and what it costs (the fee bands in force this
 * year), before the application form at /membership/apply.
 */
@Controller
class JoinController {

    /** One band as the page shows it: a population range (null ends: open) or other organisations, and the fees. */
    record Band(boolean municipality, Integer minPopulation, Integer maxPopulation, long depositOre, long annualFeeOre) {
    }

    private final FeeSchedules schedules;
    private final Clock clock;

    JoinController(FeeSchedules schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    @GetMapping("/membership")
    @Transactional(readOnly = true)
    String join(Model model) {
        int year = Year.now(clock).getValue();
        List<Band> bands = schedules.inForce(year).map(schedule -> schedule.getBands().stream()
                .sorted(java.util.Comparator.comparingInt(FeeBand::getPosition))
                .map(band -> new Band(band.getCategory() == FeeBand.Category.MUNICIPALITY,
                        band.getMinPopulation() == null || band.getMinPopulation() == 0 ? null : band.getMinPopulation(),
                        band.getMaxPopulation(), band.getDepositOre(), band.getAnnualFeeOre()))
                .toList()).orElse(List.of());
        model.addAttribute("year", year);
        model.addAttribute("bands", bands);
        return "membership/join";
    }
}
