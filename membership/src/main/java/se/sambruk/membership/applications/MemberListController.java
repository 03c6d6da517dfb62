package se.sambruk.membership.applications;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.MemberRegister;
import se.sambruk.membership.web.Ids;
import se.sambruk.membership.web.NotFound;

/** The member register as staff work with it: members, those who have given notice, and resignations. */
@Controller
class MemberListController {

    private final MemberRegister register;
    private final MembershipDecisions decisions;
    private final Resignations resignations;

    MemberListController(MemberRegister register, MembershipDecisions decisions, Resignations resignations) {
        this.register = register;
        this.decisions = decisions;
        this.resignations = resignations;
    }

    @GetMapping("/admin/membership/members")
    String members(Model model) {
        var today = decisions.today();
        List<MemberRegister.Membership> all = register.memberships();
        model.addAttribute("members", all.stream().filter(membership -> membership.isMemberOn(today)).toList());
        model.addAttribute("others", all.stream().filter(membership -> !membership.isMemberOn(today))
                .sorted(Comparator.comparing(MemberRegister.Membership::status)).toList());
        model.addAttribute("today", today);
        return "membership/members";
    }

    @GetMapping("/admin/membership/members/{id}/resign")
    String resignForm(@PathVariable String id, Model model) {
        ResignationForm form = new ResignationForm();
        form.setNoticeReceived(decisions.today());
        return resignPage(model, member(id), form);
    }

    @PostMapping("/admin/membership/members/{id}/resign")
    String resign(@PathVariable String id, @Valid @ModelAttribute("form") ResignationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        MemberRegister.Membership membership = member(id);
        if (!"ACTIVE".equals(membership.status()) && !errors.hasGlobalErrors()) {
            errors.reject("membership.resign.notActive");
        }
        if (errors.hasErrors()) {
            return resignPage(model, membership, form);
        }
        Resignation resignation = decisions.resign(membership.organisationId(), form.getNoticeReceived(), form.getNoticeMonths(),
                ApplicationForm.blankToNull(form.getReason()), CurrentUser.require().name());
        redirect.addFlashAttribute("flashKey", "membership.resign.saved");
        redirect.addFlashAttribute("flashEnds", resignation.getEndsOn());
        return "redirect:/admin/membership/members";
    }

    private MemberRegister.Membership member(String id) {
        return Ids.parse(id).flatMap(register::membership).orElseThrow(NotFound::new);
    }

    private String resignPage(Model model, MemberRegister.Membership membership, ResignationForm form) {
        model.addAttribute("membership", membership);
        model.addAttribute("form", form);
        model.addAttribute("resignations", resignations.findByOrganisationIdOrderByRecordedAtDesc(membership.organisationId()));
        return "membership/resign";
    }
}
