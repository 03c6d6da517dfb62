package se.sambruk.bibblix.librarian;

import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.bibblix.library.Libraries;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.http.OutgoingUrls;

/** The municipality's own library: its SIP2 connection and how long loan history is kept. Only the user's own organisation's row. */
@Controller
class LibraryController {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:]{2,39}\\]");

    private final Librarians librarians;
    private final Libraries libraries;
    private final OutgoingUrls outgoing;

    LibraryController(Librarians librarians, Libraries libraries, OutgoingUrls outgoing) {
        this.librarians = librarians;
        this.libraries = libraries;
        this.outgoing = outgoing;
    }

    @GetMapping("/bibblix/bibliotekarie/bibliotek")
    String form(Model model) {
        CurrentUser user = librarians.require();
        var library = libraries.ofOrganisation(user.organisationId());
        model.addAttribute("libraryForm", library.map(LibraryForm::of).orElseGet(LibraryForm::new));
        model.addAttribute("passwordStored", library.map(l -> l.loginPasswordCipher() != null).orElse(false));
        model.addAttribute("connected", library.isPresent());
        return "bibblix/librarian/library";
    }

    @PostMapping("/bibblix/bibliotekarie/bibliotek")
    String save(@ModelAttribute("libraryForm") LibraryForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        CurrentUser user = librarians.require();
        required(form.getName(), "name", 120, errors);
        required(form.getSipHost(), "sipHost", 255, errors);
        required(form.getInstitutionId(), "institutionId", 60, errors);
        if (!errors.hasFieldErrors("sipHost") && !HOST.matcher(form.getSipHost().strip()).matches()) {
            errors.rejectValue("sipHost", "bibblix.lib.library.host.invalid");
        }
        if (!errors.hasFieldErrors("sipHost") && !errors.hasFieldErrors("sipPort") && form.getSipPort() != null) {
            // the server connects there: no loopback, cloud metadata or private address unless operations allowed it
            outgoing.refusal(Libraries.sip2Uri(form.getSipHost().strip(), form.getSipPort())).ifPresent(reason ->
                    errors.rejectValue("sipHost", "bibblix.lib.library.host.refused", new Object[] {reason}, reason));
        }
        optional(form.getLoginUser(), "loginUser", 60, errors);
        optional(form.getLoginPassword(), "loginPassword", 200, errors);
        optional(form.getLocationCode(), "locationCode", 60, errors);
        if (!errors.hasFieldErrors("sipPort") && (form.getSipPort() == null || form.getSipPort() < 1 || form.getSipPort() > 65535)) {
            errors.rejectValue("sipPort", "bibblix.lib.library.port.invalid");
        }
        if (!errors.hasFieldErrors("timeoutMs") && (form.getTimeoutMs() == null || form.getTimeoutMs() < 500 || form.getTimeoutMs() > 30000)) {
            errors.rejectValue("timeoutMs", "bibblix.lib.library.timeout.invalid");
        }
        if (!errors.hasFieldErrors("historyDays") && (form.getHistoryDays() == null || form.getHistoryDays() < 0 || form.getHistoryDays() > 365)) {
            errors.rejectValue("historyDays", "bibblix.lib.library.history.invalid");
        }
        if (errors.hasErrors()) {
            var library = libraries.ofOrganisation(user.organisationId());
            form.setLoginPassword(null);
            model.addAttribute("passwordStored", library.map(l -> l.loginPasswordCipher() != null).orElse(false));
            model.addAttribute("connected", library.isPresent());
            return "bibblix/librarian/library";
        }
        libraries.save(user.organisationId(), new Libraries.LibrarySettings(form.getName().strip(), form.getSipHost().strip(), form.getSipPort(),
                form.isSipTls(), form.getInstitutionId().strip(), form.getLoginUser(), form.getLoginPassword(), form.getLocationCode(),
                form.isErrorDetection(), form.getTimeoutMs(), form.getHistoryDays()), form.isClearPassword());
        flash.addFlashAttribute("flashKey", "bibblix.lib.saved");
        return "redirect:/bibblix/bibliotekarie/bibliotek";
    }

    private static void required(String value, String field, int max, BindingResult errors) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "bibblix.lib.library.required");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "bibblix.lib.library.tooLong");
        }
    }

    private static void optional(String value, String field, int max, BindingResult errors) {
        if (!errors.hasFieldErrors(field) && value != null && value.strip().length() > max) {
            errors.rejectValue(field, "bibblix.lib.library.tooLong");
        }
    }

}
