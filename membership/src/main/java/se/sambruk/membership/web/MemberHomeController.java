package se.sambruk.membership.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.MemberRegister;

/** A member's administrator's start page: the membership, and what the organisation keeps here. */
@Controller
class MemberHomeController {

    private final MemberRegister register;

    MemberHomeController(MemberRegister register) {
        this.register = register;
    }

    @GetMapping("/org/membership")
    String home(Model model) {
        long organisation = CurrentUser.require().organisationId();
        model.addAttribute("organisation", register.organisation(organisation).orElse(null));
        model.addAttribute("membership", register.membership(organisation).orElse(null));
        return "membership/org-home";
    }
}
