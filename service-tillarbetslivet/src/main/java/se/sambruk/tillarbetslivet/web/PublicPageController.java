package se.sambruk.tillarbetslivet.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sambruk.tillarbetslivet.timerules.MinorsTimeRules;

/**
 * The public page for workplaces and guardians, linked from the start page: what prao, praktik and
 * APL are, the rules on minors' hours (with their sources, the same rule classes that check every
 * schedule), and how a workplace offers a place and becomes a supervisor. No personal data.
 */
@Controller
class PublicPageController {

    @GetMapping("/prao")
    String publicPage(Model model) {
        model.addAttribute("rules", MinorsTimeRules.PRAO);
        return "tillarbetslivet/public";
    }
}
