package se.sambruk.core.security;

import jakarta.validation.constraints.Size;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;

/**
 * The page of an e-mailed password link ({@link PasswordLinks}): the user chooses a password
 * that {@link PasswordRules} accept; the link is then spent, any sessions of the user end, and
 * the user signs in. An unknown, used or expired link shows a page saying so (404).
 */
@Controller
class PasswordLinkController {

    static final String PATH = "/password";

    private final PasswordLinks links;
    private final AppUsers users;
    private final UserAccounts accounts;
    private final SignedInSessions sessions;
    private final AuditLog audit;

    PasswordLinkController(PasswordLinks links, AppUsers users, UserAccounts accounts, SignedInSessions sessions, AuditLog audit) {
        this.links = links;
        this.users = users;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    record PasswordForm(@Size(max = 200) String password, @Size(max = 200) String repeat) {
    }

    @GetMapping(PATH + "/{token}")
    String form(@PathVariable String token, Model model) {
        AppUser user = links.userOf(token).flatMap(users::findById).orElseThrow(se.sambruk.core.web.NotFoundException::new);
        model.addAttribute("form", new PasswordForm("", ""));
        model.addAttribute("username", user.getUsername());
        model.addAttribute("action", PATH + "/" + token);
        return "password-link";
    }

    @PostMapping(PATH + "/{token}")
    @Transactional
    String choose(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        AppUser user = links.userOf(token).flatMap(users::findById).orElseThrow(se.sambruk.core.web.NotFoundException::new);
        PasswordRules.problem(form.password()).ifPresent(problem -> errors.rejectValue("password", problem));
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.repeat())) {
            errors.rejectValue("repeat", "password.mismatch");
        }
        if (errors.hasErrors()) {
            model.addAttribute("username", user.getUsername());
            model.addAttribute("action", PATH + "/" + token);
            return "password-link";
        }
        if (!links.use(token)) {
            throw new se.sambruk.core.web.NotFoundException();
        }
        accounts.setPassword(user, form.password());
        sessions.end(user.getUsername());
        Authentication anyone = SecurityContextHolder.getContext().getAuthentication();
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, anyone == null ? user.getUsername() : anyone.getName(), user.getOrganisationId(),
                "user", user.getId(), user.getOrganisationId(), "password chosen by e-mailed link");
        redirect.addFlashAttribute("flashKey", "password.link.done");
        return "redirect:/login";
    }
}
