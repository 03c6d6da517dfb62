package se.sambruk.fixamingata.resident;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.fixamingata.EmailAddresses;
import se.sambruk.fixamingata.alert.Alerts;

/**
 * A resident's optional account: signing in by an e-mailed link, their reports (edit while not
 * handled, hide text or photos), their alerts, and deleting the account. Every path is public in
 * the security configuration; who may do what is decided here, by the signed-in resident's address.
 * A page of someone else's report answers as if it did not exist.
 */
@Controller
class AccountController {


    private final Residents residents;
    private final ResidentSession session;
    private final Alerts alerts;

    private final se.sambruk.core.PublicFormLimits limits;

    /** Sign-in links mailed: per client address (the per-address wait of {@link Residents} stays). */
    static final se.sambruk.core.PublicFormLimits.Limit SIGN_IN_LINKS = new se.sambruk.core.PublicFormLimits.Limit(10, 10, java.time.Duration.ofHours(1));

    AccountController(Residents residents, ResidentSession session, Alerts alerts, se.sambruk.core.PublicFormLimits limits) {
        this.limits = limits;
        this.residents = residents;
        this.session = session;
        this.alerts = alerts;
    }

    @GetMapping("/fixamingata/konto")
    String account(HttpServletRequest request, Model model) {
        Optional<Resident> resident = session.current(request);
        if (resident.isEmpty()) {
            return "fixamingata/konto/sign-in";
        }
        model.addAttribute("resident", resident.get());
        model.addAttribute("reports", residents.reportsOf(resident.get()));
        model.addAttribute("alerts", alerts.ofEmail(resident.get().email()).stream()
                .map(alert -> new AlertLine(alert.id(), alerts.describe(alert), alert.confirmed())).toList());
        return "fixamingata/konto/account";
    }

    record AlertLine(long id, String description, boolean confirmed) {
    }

    @PostMapping("/fixamingata/konto/inloggning")
    String requestLink(@RequestParam(required = false) String email, Model model, jakarta.servlet.http.HttpServletRequest request) {
        String address = email == null ? "" : email.strip();
        model.addAttribute("email", address);
        if (address.length() > 320 || !EmailAddresses.valid(address)) {
            model.addAttribute("emailError", address.isEmpty() ? "fmg.account.email.missing" : "fmg.email.invalid");
            return "fixamingata/konto/sign-in";
        }
        if (!limits.allow("fixamingata.sign-in", SIGN_IN_LINKS, request.getRemoteAddr(), address) || !residents.sendSignInLink(address)) {
            model.addAttribute("emailError", "fmg.account.tooOften");
            return "fixamingata/konto/sign-in";
        }
        return "fixamingata/konto/link-sent";
    }

    /** The e-mailed link shows a button: a mail program that opens links to check them does not use up the link. */
    @GetMapping("/fixamingata/konto/inloggning/{token}")
    String link(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", token.length() <= 64 && residents.linkValid(token));
        return "fixamingata/konto/link";
    }

    @PostMapping("/fixamingata/konto/inloggning/{token}")
    String signIn(@PathVariable String token, HttpServletRequest request, Model model) {
        Optional<Resident> resident = token.length() <= 64 ? residents.signIn(token) : Optional.empty();
        if (resident.isEmpty()) {
            model.addAttribute("token", token);
            model.addAttribute("valid", false);
            return "fixamingata/konto/link";
        }
        session.signIn(request, resident.get());
        return "redirect:/fixamingata/konto";
    }

    @PostMapping("/fixamingata/konto/utloggning")
    String signOut(HttpServletRequest request, RedirectAttributes flash) {
        session.signOut(request);
        flash.addFlashAttribute("flashKey", "fmg.account.signedOut");
        return "redirect:/fixamingata";
    }

    @GetMapping("/fixamingata/konto/rapporter/{id}")
    String report(@PathVariable long id, HttpServletRequest request, Model model) {
        Optional<Resident> resident = session.current(request);
        if (resident.isEmpty()) {
            return "redirect:/fixamingata/konto";
        }
        Residents.OwnReport report = residents.reportOf(resident.get(), id).orElseThrow(NotYours::new);
        model.addAttribute("report", report);
        model.addAttribute("editTitle", report.title());
        model.addAttribute("editDetail", report.detail());
        return "fixamingata/konto/report";
    }

    @PostMapping("/fixamingata/konto/rapporter/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String detail,
                HttpServletRequest request, Model model, RedirectAttributes flash) {
        Optional<Resident> resident = session.current(request);
        if (resident.isEmpty()) {
            return "redirect:/fixamingata/konto";
        }
        Residents.OwnReport report = residents.reportOf(resident.get(), id).orElseThrow(NotYours::new);
        String newTitle = title == null ? "" : title.strip(), newDetail = detail == null ? "" : detail.strip();
        String titleError = textError(newTitle, 200, "fmg.title.missing"), detailError = textError(newDetail, 5000, "fmg.detail.missing");
        if (!report.editable()) {
            model.addAttribute("formError", "fmg.account.notEditable");
        }
        if (titleError != null || detailError != null || !report.editable()) {
            model.addAttribute("report", report);
            model.addAttribute("editTitle", title);
            model.addAttribute("editDetail", detail);
            model.addAttribute("titleError", titleError);
            model.addAttribute("detailError", detailError);
            return "fixamingata/konto/report";
        }
        residents.edit(resident.get(), id, newTitle, newDetail);
        flash.addFlashAttribute("flashKey", "fmg.account.saved");
        return "redirect:/fixamingata/konto";
    }

    @PostMapping("/fixamingata/konto/rapporter/{id}/dolj")
    String hide(@PathVariable long id, @RequestParam(defaultValue = "false") String text, @RequestParam(defaultValue = "false") String photos,
                @RequestParam(defaultValue = "false") String name, HttpServletRequest request, RedirectAttributes flash) {
        Optional<Resident> resident = session.current(request);
        if (resident.isEmpty()) {
            return "redirect:/fixamingata/konto";
        }
        residents.reportOf(resident.get(), id).orElseThrow(NotYours::new);
        boolean hidden = residents.hide(resident.get(), id, "true".equals(text), "true".equals(photos), "true".equals(name));
        flash.addFlashAttribute("flashKey", hidden ? "fmg.account.hidden" : "fmg.account.nothingHidden");
        return "redirect:/fixamingata/konto/rapporter/" + id;
    }

    @PostMapping("/fixamingata/konto/bevakningar/{id}/avsluta")
    String removeAlert(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        Optional<Resident> resident = session.current(request);
        if (resident.isEmpty()) {
            return "redirect:/fixamingata/konto";
        }
        if (!alerts.remove(id, resident.get().email())) {
            throw new NotYours();
        }
        flash.addFlashAttribute("flashKey", "fmg.alert.removed");
        return "redirect:/fixamingata/konto";
    }

    @PostMapping("/fixamingata/konto/radera")
    String delete(@RequestParam(defaultValue = "false") String confirm, HttpServletRequest request, Model model, RedirectAttributes flash) {
        Optional<Resident> resident = session.current(request);
        if (resident.isEmpty()) {
            return "redirect:/fixamingata/konto";
        }
        if (!"true".equals(confirm)) {
            model.addAttribute("deleteError", "fmg.account.delete.confirmMissing");
            return account(request, model);
        }
        residents.delete(resident.get());
        session.signOut(request);
        flash.addFlashAttribute("flashKey", "fmg.account.deleted");
        return "redirect:/fixamingata";
    }

    private static String textError(String text, int max, String missingKey) {
        if (text.isEmpty()) {
            return missingKey;
        }
        if (text.length() > max) {
            return "fmg.text.tooLong";
        }
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') ? "fmg.text.control" : null;
    }

    /** Another resident's report or alert, or none: 404, the same answer, so ids reveal nothing. */
    static final class NotYours extends org.springframework.web.server.ResponseStatusException {
        NotYours() {
            super(org.springframework.http.HttpStatus.NOT_FOUND);
        }
    }
}
