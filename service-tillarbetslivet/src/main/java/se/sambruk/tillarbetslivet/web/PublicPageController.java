package se.sambruk.tillarbetslivet.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.tillarbetslivet.timerules.MinorsTimeRules;
import se.sambruk.tillarbetslivet.workplace.AvailablePlaces;
import se.sambruk.tillarbetslivet.workplace.ServingMunicipalities;

/**
 * The public page for workplaces and guardians, linked from the start page: what prao, praktik and
 * APL are, the places with free seats (searchable by area, trade and municipality), the rules on
 * minors' hours (with their sources, the same rule classes that check every schedule), and how a
 * workplace offers a place and becomes a supervisor. No personal data.
 */
@Controller
class PublicPageController {

    private final AvailablePlaces available;
    private final ServingMunicipalities municipalities;
    private final Clock clock;

    PublicPageController(AvailablePlaces available, ServingMunicipalities municipalities, Clock clock) {
        this.available = available;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @GetMapping("/prao")
    String publicPage(@RequestParam(name = "omrade", required = false) String area, @RequestParam(name = "bransch", required = false) String trade,
                      @RequestParam(name = "kommun", required = false) String municipality, Model model) {
        List<ServingMunicipalities.Municipality> serving = municipalities.today();
        Long chosen = null;
        if (municipality != null && municipality.matches("\\d{1,18}")) {
            chosen = Long.valueOf(municipality);
        }
        AvailablePlaces.Search search = new AvailablePlaces.Search(area, trade, chosen);
        model.addAttribute("search", search);
        model.addAttribute("municipalities", serving);
        model.addAttribute("found", available.search(serving, search, LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")))));
        model.addAttribute("rules", MinorsTimeRules.PRAO);
        model.addAttribute("aplRules", MinorsTimeRules.PAST_COMPULSORY_SCHOOL);
        return "tillarbetslivet/public";
    }
}
