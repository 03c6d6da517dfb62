package se.sambruk.tillarbetslivet.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.Notifications;
import se.sambruk.core.PublicFormLimits;
import se.sambruk.core.residents.Signatures;
import se.sambruk.tillarbetslivet.season.Placements;
import se.sambruk.tillarbetslivet.workplace.Offers;
import se.sambruk.tillarbetslivet.workplace.Workplaces;

/**
 * The coordinator's side of the workplaces: every workplace of the municipality (invited, joined,
 * registered), inviting a workplace that has no place yet, and the places workplaces offered and
 * signed, which the coordinator approves into the place bank (with a code) or rejects with a reason.
 */
@Controller
class WorkplaceController {

    private final Workplaces workplaces;
    private final Offers offers;
    private final Placements placements;
    private final se.sambruk.tillarbetslivet.choosing.PlacePositions positions;
    private final Signatures signatures;
    private final PublicFormLimits limits;
    private final Notifications notifications;
    private final AuditLog audit;
    private final MessageSource messages;
    private final String publicUrl;

    WorkplaceController(Workplaces workplaces, Offers offers, Placements placements, se.sambruk.tillarbetslivet.choosing.PlacePositions positions,
                        Signatures signatures, PublicFormLimits limits,
                        Notifications notifications, AuditLog audit, MessageSource messages,
                        @Value("${sambruk.public-url:${SAMBRUK_PUBLIC_URL:http://localhost:8080}}") String publicUrl) {
        this.workplaces = workplaces;
        this.offers = offers;
        this.placements = placements;
        this.positions = positions;
        this.signatures = signatures;
        this.limits = limits;
        this.notifications = notifications;
        this.audit = audit;
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping("/tillarbetslivet/workplaces")
    String workplaces(Model model) {
        long org = Coordinator.require().organisationId();
        return workplacesPage(org, model);
    }

    private String workplacesPage(long org, Model model) {
        var list = workplaces.ofOrganisation(org);
        var waiting = offers.ofOrganisation(org, Offers.Status.SIGNED);
        model.addAttribute("workplaces", list);
        model.addAttribute("offers", waiting);
        model.addAttribute("decided", offers.ofOrganisation(org, Offers.Status.APPROVED, Offers.Status.REJECTED, Offers.Status.WITHDRAWN,
                Offers.Status.REPLACED));
        audit.personalDataRead("tillarbetslivet.workplaces", null, org, list.size() + " workplaces and " + waiting.size() + " new offers listed");
        return "tillarbetslivet/workplaces";
    }

    @PostMapping("/tillarbetslivet/workplaces/invite")
    String invite(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        String workplace = name.strip();
        String address = email.strip();
        String nameError = workplace.isEmpty() || workplace.length() > 120 ? "tal.workplace.badName" : null;
        String emailError = address.length() > 200 || !CoordinatorController.EMAIL.matcher(address).matches() ? "tal.invite.badEmail" : null;
        if (nameError == null && emailError == null && !limits.allow("tillarbetslivet.invitation", CoordinatorController.INVITATIONS,
                request.getRemoteAddr(), address.toLowerCase(Locale.ROOT))) {
            emailError = "tal.invite.limited";
        }
        if (nameError != null || emailError != null) {
            response.setStatus("tal.invite.limited".equals(emailError) ? 429 : 400);
            model.addAttribute("inviteName", workplace);
            model.addAttribute("inviteEmail", address);
            model.addAttribute("nameError", nameError);
            model.addAttribute("emailError", emailError);
            return workplacesPage(org, model);
        }
        String token = workplaces.inviteWorkplace(org, workplace, address, user.name());
        notifications.email(address, text("tal.invite.subject"),
                text("tal.invite.newText", workplace, publicUrl + WorkplaceEService.BASE + "/inbjudan/" + token, Workplaces.INVITATION_DAYS));
        audit.personalDataChanged("tillarbetslivet.workplace", null, org, "workplace without a place invited by e-mail");
        flash.addFlashAttribute("done", "tal.invite.sent");
        return "redirect:/tillarbetslivet/workplaces";
    }

    private Offers.Offer offer(long org, long id) {
        return offers.ofOrganisation(org, id).orElseThrow(Coordinator.NotFound::new);
    }

    @GetMapping("/tillarbetslivet/offers/{id}")
    String showOffer(@PathVariable long id, Model model) {
        long org = Coordinator.require().organisationId();
        return offerPage(org, offer(org, id), model);
    }

    private String offerPage(long org, Offers.Offer offer, Model model) {
        model.addAttribute("offer", offer);
        model.addAttribute("workplace", workplaces.ofOrganisation(org, offer.workplaceId()).orElse(null));
        model.addAttribute("signature", signatures.valid(Offers.SERVICE, Offers.Offer.documentRef(offer.id()), offer.document()).orElse(null));
        Offers.Offer replaced = offer.replacesOfferId() == null ? null : offers.ofOrganisation(org, offer.replacesOfferId()).orElse(null);
        model.addAttribute("replaced", replaced);
        model.addAttribute("changes", replaced == null ? java.util.List.of() : se.sambruk.tillarbetslivet.workplace.OfferVersions.changes(replaced.details(), offer.details()));
        model.addAttribute("versionOfPlace", replaced != null && replaced.status() == Offers.Status.APPROVED && replaced.placeId() != null);
        if (!model.containsAttribute("code")) {
            model.addAttribute("code", "");
        }
        audit.personalDataRead("tillarbetslivet.offer", offer.id(), org, "offered place with its supervisor");
        return "tillarbetslivet/offer";
    }

    @PostMapping("/tillarbetslivet/offers/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String code, Model model, HttpServletResponse response,
                   RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        Offers.Offer offer = offer(org, id);
        if (offer.status() == Offers.Status.SIGNED && offer.replacesOfferId() != null
                && signatures.valid(Offers.SERVICE, Offers.Offer.documentRef(id), offer.document()).isPresent()) {
            // s10-tal: a new version of an approved offer changes its place (when the replaced offer is no longer approved, it is approved as new)
            Offers.VersionApproval version = offers.approveVersion(org, id, user.name()).orElse(null);
            if (version != null && !version.broken().isEmpty()) {
                response.setStatus(400);
                model.addAttribute("versionErrors", version.broken().values().stream()
                        .map(rule -> text(rule.key(), rule.args())).toList());
                return offerPage(org, offer, model);
            }
            if (version != null) {
                audit.personalDataChanged("tillarbetslivet.place", version.placeId(), org, "new version " + id + " of offer "
                        + offer.replacesOfferId() + " approved: the place takes its details");
                flash.addFlashAttribute("done", "tal.version.approved");
                if (positions.enabled()) {
                    flash.addFlashAttribute("position", positions.position(org, version.placeId(), offer.details().address())
                            ? "tal.place.positioned" : "tal.position.notFoundKept");
                }
                return "redirect:/tillarbetslivet/places/" + version.placeId();
            }
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        String error = null;
        if (offer.status() != Offers.Status.SIGNED) {
            error = "tal.offer.notSigned";
        } else if (wanted.isEmpty() || wanted.length() > 20 || !wanted.matches("[A-Z0-9-]+")) {
            error = "tal.offer.badCode";
        } else if (placements.codeTaken(org, wanted)) {
            error = "tal.place.codeTaken";
        } else if (signatures.valid(Offers.SERVICE, Offers.Offer.documentRef(id), offer.document()).isEmpty()) {
            error = "tal.offer.notSigned";
        }
        Long place = error == null ? offers.approve(org, id, wanted, user.name()).orElse(null) : null;
        if (place == null) {
            response.setStatus(400);
            model.addAttribute("code", code.strip());
            model.addAttribute("codeError", error == null ? "tal.offer.notSigned" : error);
            return offerPage(org, offer, model);
        }
        audit.personalDataChanged("tillarbetslivet.place", place, org, "offer " + id + " approved into the place bank as " + wanted);
        flash.addFlashAttribute("done", "tal.offer.approved");
        if (positions.enabled()) {
            // the workplace's address placed after the approval, never blocking it
            flash.addFlashAttribute("position", positions.position(org, place, offer.details().address()) ? "tal.place.positioned" : "tal.place.noPosition");
        }
        return "redirect:/tillarbetslivet/places/" + place;
    }

    @PostMapping("/tillarbetslivet/offers/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        Offers.Offer offer = offer(org, id);
        String why = reason.strip();
        String error = why.isEmpty() || why.length() > 500 ? "tal.offer.reasonRequired" : offer.status() != Offers.Status.SIGNED ? "tal.offer.notSigned" : null;
        if (error != null || !offers.reject(org, id, why, user.name())) {
            response.setStatus(400);
            model.addAttribute("reason", why);
            model.addAttribute("reasonError", error == null ? "tal.offer.notSigned" : error);
            return offerPage(org, offer, model);
        }
        audit.personalDataChanged("tillarbetslivet.offer", id, org, "offer rejected");
        flash.addFlashAttribute("done", "tal.offer.rejected");
        return "redirect:/tillarbetslivet/workplaces";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
