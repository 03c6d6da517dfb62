package se.sambruk.core.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creates the first administrator with the one-time token printed at start (see {@link FirstAdministrator}). */
@Controller
class SetupController {

    private final FirstAdministrator firstAdministrator;

    SetupController(FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
    }

    @GetMapping("/setup")
    String form(Model model) {
        if (!firstAdministrator.setupOpen()) {
            return "redirect:/login";
        }
        model.addAttribute("form", new SetupForm("", "", "", ""));
        return "setup";
    }

    @PostMapping("/setup")
    String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!firstAdministrator.setupOpen()) {
            return "redirect:/login";
        }
        if (!errors.hasFieldErrors("token") && !firstAdministrator.tokenMatches(form.token())) {
            errors.rejectValue("token", "setup.token.invalid");
        }
        if (!errors.hasFieldErrors("password")) {
            PasswordRules.problem(form.password()).ifPresent(problem -> errors.rejectValue("password", problem));
        }
        if (errors.hasErrors()) {
            return "setup";
        }
        firstAdministrator.completeSetup(form.token(), form.username(), form.displayName(), form.password());
        redirect.addFlashAttribute("flashKey", "setup.done");
        return "redirect:/login";
    }

    record SetupForm(
            @NotBlank String token,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{user.username.pattern}") String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(min = UserAccounts.MIN_PASSWORD_LENGTH, max = 200) String password) {
    }
}
