package se.sambruk.membership.ideas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.MemberRegister;
import se.sambruk.membership.web.Ids;
import se.sambruk.membership.web.NotFound;

/** Project ideas: members propose and state interest; staff assess against the plan's criteria and publish inquiries. */
@Controller
class IdeaController {

    private final ProjectIdeas ideas;
    private final MemberRegister register;
    private final AuditLog audit;
    private final Clock clock;

    IdeaController(ProjectIdeas ideas, MemberRegister register, AuditLog audit, Clock clock) {
        this.ideas = ideas;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** An idea as a member sees it: its own interest, not the other members'. */
    public record MemberView(ProjectIdea idea, IdeaInterest ours) {
    }

    @GetMapping("/org/ideas")
    @Transactional(readOnly = true)
    String memberPage(Model model) {
        long organisation = CurrentUser.require().organisationId();
        model.addAttribute("inquiries", ideas.findByStatusInOrderByCreatedAtDesc(EnumSet.of(ProjectIdea.Status.INQUIRY)).stream()
                .map(idea -> new MemberView(idea, idea.getInterests().stream()
                        .filter(interest -> interest.getOrganisationId() == organisation).findFirst().orElse(null)))
                .toList());
        model.addAttribute("own", ideas.findByProposedByOrderByCreatedAtDesc(organisation));
        model.addAttribute("member", register.isMember(organisation, LocalDate.now(clock)));
        return "membership/org-ideas";
    }

    @PostMapping("/org/ideas")
    @Transactional
    String propose(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
                   RedirectAttributes redirect) {
        long organisation = CurrentUser.require().organisationId();
        String cleanTitle = clean(title, 200), text = clean(description, 4000);
        if (!register.isMember(organisation, LocalDate.now(clock))) {
            redirect.addFlashAttribute("flashKey", "membership.idea.membersOnly");
        } else if (cleanTitle == null || text == null) {
            redirect.addFlashAttribute("flashKey", "membership.idea.invalid");
        } else {
            ProjectIdea idea = ideas.save(new ProjectIdea(cleanTitle, text, organisation));
            audit.record(AuditAction.REGISTER_CHANGED, "project_idea", idea.getId(), organisation, "proposed");
            redirect.addFlashAttribute("flashKey", "membership.idea.proposed");
        }
        return "redirect:/org/ideas";
    }

    @PostMapping("/org/ideas/interest")
    @Transactional
    String interest(@RequestParam(required = false) String idea, @RequestParam(required = false) String fundingPercent,
                    @RequestParam(required = false) String note, RedirectAttributes redirect) {
        long organisation = CurrentUser.require().organisationId();
        ProjectIdea chosen = Ids.parse(idea).flatMap(ideas::findById).filter(found -> found.getStatus() == ProjectIdea.Status.INQUIRY)
                .orElseThrow(NotFound::new);
        int percent;
        try {
            percent = Integer.parseInt(fundingPercent == null ? "" : fundingPercent.strip());
        } catch (NumberFormatException e) {
            percent = -1;
        }
        if (!register.isMember(organisation, LocalDate.now(clock))) {
            redirect.addFlashAttribute("flashKey", "membership.idea.membersOnly");
        } else if (percent < 0 || percent > 100) {
            redirect.addFlashAttribute("flashKey", "membership.idea.percent.invalid");
        } else {
            chosen.interest(organisation, percent, clean(note, 1000));
            audit.record(AuditAction.REGISTER_CHANGED, "project_idea", chosen.getId(), organisation, "interest " + percent + " %");
            redirect.addFlashAttribute("flashKey", "membership.idea.interested");
        }
        return "redirect:/org/ideas";
    }

    @GetMapping("/admin/membership/ideas")
    @Transactional(readOnly = true)
    String staffPage(Model model) {
        model.addAttribute("ideas", ideas.findAllByOrderByCreatedAtDesc());
        model.addAttribute("statuses", ProjectIdea.Status.values());
        model.addAttribute("organisationNames", register.organisations().stream()
                .collect(Collectors.toMap(MemberRegister.OrganisationRef::id, MemberRegister.OrganisationRef::name)));
        return "membership/ideas";
    }

    @PostMapping("/admin/membership/ideas/{id}")
    @Transactional
    String assess(@PathVariable String id, @RequestParam(required = false) String innovative, @RequestParam(required = false) String noMarketActor,
                  @RequestParam(required = false) String broadBenefit, @RequestParam(required = false) String status, RedirectAttributes redirect) {
        ProjectIdea idea = Ids.parse(id).flatMap(ideas::findById).orElseThrow(NotFound::new);
        var chosen = Ids.parseEnum(ProjectIdea.Status.class, status);
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("flashKey", "membership.idea.status.invalid");
        } else {
            idea.assess("true".equals(innovative), "true".equals(noMarketActor), "true".equals(broadBenefit), chosen.get(), LocalDate.now(clock));
            audit.record(AuditAction.REGISTER_CHANGED, "project_idea", idea.getId(), null, "assessed " + chosen.get());
            redirect.addFlashAttribute("flashKey", "admin.saved");
        }
        return "redirect:/admin/membership/ideas";
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
