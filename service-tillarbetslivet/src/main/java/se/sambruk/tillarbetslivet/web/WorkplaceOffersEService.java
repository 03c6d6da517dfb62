package se.sambruk.tillarbetslivet.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.SignatureRequest;
import se.sambruk.core.residents.Signatures;
import se.sambruk.tillarbetslivet.workplace.Offers;
import se.sambruk.core.OrganisationNumber;
import se.sambruk.tillarbetslivet.workplace.ServingMunicipalities;
import se.sambruk.tillarbetslivet.workplace.Workplaces;

/**
 * Workplaces offering places themselves in the e-service: a supervisor signed in with e-legitimation
 * registers the workplace (or completes the registration of a workplace the coordinator invited),
 * describes a place, and confirms the offer with a signature; the coordinator then sees it. Every
 * query goes through the resident: another person's workplace or offer answers 404.
 */
@Controller
class WorkplaceOffersEService {

    static final String BASE = WorkplaceEService.BASE;

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotYours extends RuntimeException {
        NotYours() {
            super("No such workplace or offer of the resident");
        }
    }

    private final Workplaces workplaces;
    private final Offers offers;
    private final ServingMunicipalities municipalities;
    private final Signatures signatures;
    private final AuditLog audit;

    WorkplaceOffersEService(Workplaces workplaces, Offers offers, ServingMunicipalities municipalities, Signatures signatures, AuditLog audit) {
        this.workplaces = workplaces;
        this.offers = offers;
        this.municipalities = municipalities;
        this.signatures = signatures;
        this.audit = audit;
    }

    private static String actor(CurrentResident resident) {
        return "invånare #" + resident.id();
    }

    @GetMapping(BASE + "/arbetsplatser/ny")
    String newWorkplace(CurrentResident resident, Model model) {
        model.addAttribute("workplaceForm", new WorkplaceForm());
        return registrationPage(null, resident, model);
    }

    private String registrationPage(Workplaces.Workplace workplace, CurrentResident resident, Model model) {
        model.addAttribute("workplace", workplace);
        if (workplace == null) {
            model.addAttribute("municipalities", municipalities.today());
        } else {
            model.addAttribute("offers", offers.ofResident(resident.id()).stream().filter(o -> o.workplaceId() == workplace.id()).toList());
        }
        return "tillarbetslivet/eservice/workplace-form";
    }

    /** The organisation number, checked with its check digit; an error at the field otherwise. */
    private static OrganisationNumber orgNumber(WorkplaceForm form, BindingResult errors) {
        if (errors.hasFieldErrors("orgNumber")) {
            return null;
        }
        OrganisationNumber number = OrganisationNumber.parse(form.getOrgNumber()).orElse(null);
        if (number == null) {
            errors.rejectValue("orgNumber", "tal.workplace.badOrgNumber");
        }
        return number;
    }

    private static Workplaces.Registration registration(WorkplaceForm form, OrganisationNumber number) {
        return new Workplaces.Registration(form.getName().strip(), number, form.getAddress().strip(), form.getTrade().strip(),
                form.getArea().strip(), form.getEmail().strip());
    }

    @PostMapping(BASE + "/arbetsplatser")
    String register(@Valid @ModelAttribute("workplaceForm") WorkplaceForm form, BindingResult errors, CurrentResident resident, Model model,
                    HttpServletResponse response, RedirectAttributes flash) {
        List<ServingMunicipalities.Municipality> serving = municipalities.today();
        if (form.getMunicipality() == null || serving.stream().noneMatch(m -> m.id() == form.getMunicipality())) {
            errors.rejectValue("municipality", "tal.workplace.chooseMunicipality");
        }
        OrganisationNumber number = orgNumber(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return registrationPage(null, resident, model);
        }
        long id = workplaces.register(form.getMunicipality(), resident.id(), resident.name(), registration(form, number));
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.workplace", id, form.getMunicipality(),
                "workplace registered in the e-service");
        flash.addFlashAttribute("done", "tal.workplace.registered");
        return "redirect:" + BASE + "/arbetsplatser/" + id;
    }

    private Workplaces.Workplace own(CurrentResident resident, long id) {
        return workplaces.ofResident(resident.id(), id).orElseThrow(NotYours::new);
    }

    @GetMapping(BASE + "/arbetsplatser/{id}")
    String workplace(@PathVariable long id, CurrentResident resident, Model model) {
        Workplaces.Workplace workplace = own(resident, id);
        WorkplaceForm form = new WorkplaceForm();
        form.setName(workplace.name());
        form.setOrgNumber(workplace.orgNumber());
        form.setAddress(workplace.address());
        form.setTrade(workplace.trade());
        form.setArea(workplace.area());
        form.setEmail(workplace.email());
        model.addAttribute("workplaceForm", form);
        return registrationPage(workplace, resident, model);
    }

    @PostMapping(BASE + "/arbetsplatser/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("workplaceForm") WorkplaceForm form, BindingResult errors,
                  CurrentResident resident, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Workplaces.Workplace workplace = own(resident, id);
        OrganisationNumber number = orgNumber(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return registrationPage(workplace, resident, model);
        }
        workplaces.updateRegistration(id, resident.id(), registration(form, number));
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.workplace", id, workplace.organisationId(),
                "workplace's registration saved in the e-service");
        flash.addFlashAttribute("done", "tal.workplace.saved");
        return "redirect:" + BASE + "/arbetsplatser/" + id;
    }

    @GetMapping(BASE + "/arbetsplatser/{id}/erbjudanden/ny")
    String newOffer(@PathVariable long id, CurrentResident resident, Model model, RedirectAttributes flash) {
        Workplaces.Workplace workplace = own(resident, id);
        if (!workplace.registered()) {
            flash.addFlashAttribute("error", "tal.offer.registerFirst");
            return "redirect:" + BASE + "/arbetsplatser/" + id;
        }
        OfferForm form = new OfferForm();
        form.setAddress(workplace.address());
        form.setArea(workplace.area());
        form.setTrade(workplace.trade());
        form.setSupervisor(resident.name());
        form.setSupervisorEmail(workplace.email());
        model.addAttribute("offerForm", form);
        model.addAttribute("workplace", workplace);
        return "tillarbetslivet/eservice/offer-form";
    }

    @PostMapping(BASE + "/arbetsplatser/{id}/erbjudanden")
    String offer(@PathVariable long id, @Valid @ModelAttribute("offerForm") OfferForm form, BindingResult errors, CurrentResident resident,
                 Model model, HttpServletResponse response, RedirectAttributes flash) {
        Workplaces.Workplace workplace = own(resident, id);
        if (!workplace.registered()) {
            flash.addFlashAttribute("error", "tal.offer.registerFirst");
            return "redirect:" + BASE + "/arbetsplatser/" + id;
        }
        check(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("workplace", workplace);
            return "tillarbetslivet/eservice/offer-form";
        }
        long offer = offers.draft(workplace, resident.id(), details(form));
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.offer", offer, workplace.organisationId(),
                "place offered by the workplace (not yet signed)");
        return "redirect:" + BASE + "/erbjudanden/" + offer;
    }

    /** The offer's rules beyond the fields' own: the dates in order and at most a year, the ages in order. */
    private static void check(OfferForm form, BindingResult errors) {
        if (form.getStartsOn() != null && form.getEndsOn() != null) {
            if (form.getEndsOn().isBefore(form.getStartsOn())) {
                errors.rejectValue("endsOn", "tal.place.endsBeforeStart");
            } else if (form.getEndsOn().isAfter(form.getStartsOn().plusYears(1))) {
                errors.rejectValue("endsOn", "tal.offer.tooLong");
            }
        }
        if (form.getMinAge() != null && form.getMaxAge() != null && !errors.hasFieldErrors("maxAge") && form.getMaxAge() < form.getMinAge()) {
            errors.rejectValue("maxAge", "tal.offer.agesReversed");
        }
    }

    private static Offers.Details details(OfferForm form) {
        return new Offers.Details(form.getTrade().strip(), form.getDescription() == null ? "" : form.getDescription().strip(),
                form.getAddress().strip(), form.getArea().strip(), form.getSeats(), form.getStartsOn(), form.getEndsOn(), form.getMinAge(),
                form.getMaxAge(), form.getSupervisor().strip(), form.getSupervisorEmail().strip());
    }

    /** s10-tal: the workplace changes a signed or approved offer as a new version, prefilled with this one's details. */
    @GetMapping(BASE + "/erbjudanden/{id}/andra")
    String changeForm(@PathVariable long id, CurrentResident resident, Model model, RedirectAttributes flash) {
        Offers.Offer offer = offers.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        if (!offer.changeable() || offers.pendingVersion(id).isPresent()) {
            flash.addFlashAttribute("error", "tal.version.notChangeable");
            return "redirect:" + BASE + "/erbjudanden/" + id;
        }
        Offers.Details d = offer.details();
        OfferForm form = new OfferForm();
        form.setTrade(d.trade());
        form.setDescription(d.description());
        form.setAddress(d.address());
        form.setArea(d.area());
        form.setSeats(d.seats());
        form.setStartsOn(d.startsOn());
        form.setEndsOn(d.endsOn());
        form.setMinAge(d.minAge());
        form.setMaxAge(d.maxAge());
        form.setSupervisor(d.supervisor());
        form.setSupervisorEmail(d.supervisorEmail());
        model.addAttribute("offerForm", form);
        return changePage(offer, resident, model);
    }

    private String changePage(Offers.Offer offer, CurrentResident resident, Model model) {
        model.addAttribute("workplace", own(resident, offer.workplaceId()));
        model.addAttribute("replacing", offer);
        return "tillarbetslivet/eservice/offer-form";
    }

    @PostMapping(BASE + "/erbjudanden/{id}/andra")
    String change(@PathVariable long id, @Valid @ModelAttribute("offerForm") OfferForm form, BindingResult errors, CurrentResident resident,
                  Model model, HttpServletResponse response) {
        Offers.Offer offer = offers.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        check(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return changePage(offer, resident, model);
        }
        Long version = offers.newVersion(resident.id(), id, details(form)).orElse(null);
        if (version == null) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", "tal.version.notChangeable");
            return showOffer(id, resident, model);
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.offer", version, offer.organisationId(),
                "new version of offer " + id + " by the workplace (not yet signed)");
        return "redirect:" + BASE + "/erbjudanden/" + version;
    }

    @GetMapping(BASE + "/erbjudanden/{id}")
    String showOffer(@PathVariable long id, CurrentResident resident, Model model) {
        Offers.Offer offer = offers.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        var signature = signatures.valid(Offers.SERVICE, Offers.Offer.documentRef(id), offer.document()).orElse(null);
        if (offer.status() == Offers.Status.DRAFT && signature != null && offers.markSigned(resident.id(), id)) {
            audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.offer", id, offer.organisationId(),
                    "offer confirmed with e-legitimation");
            offer = offers.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        }
        model.addAttribute("offer", offer);
        model.addAttribute("signature", signature);
        model.addAttribute("pendingVersion", offers.pendingVersion(id).orElse(null));
        return "tillarbetslivet/eservice/offer";
    }

    @PostMapping(BASE + "/erbjudanden/{id}/signera")
    String sign(@PathVariable long id, CurrentResident resident, RedirectAttributes flash) {
        Offers.Offer offer = offers.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        if (offer.status() != Offers.Status.DRAFT) {
            flash.addFlashAttribute("error", "tal.offer.alreadySigned");
            return "redirect:" + BASE + "/erbjudanden/" + id;
        }
        return "redirect:" + signatures.request(new SignatureRequest(Offers.SERVICE, Offers.Offer.documentRef(id), offer.summary(),
                offer.document(), BASE + "/erbjudanden/" + id));
    }

    @PostMapping(BASE + "/erbjudanden/{id}/ta-bort")
    String discard(@PathVariable long id, CurrentResident resident, RedirectAttributes flash) {
        Offers.Offer offer = offers.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        if (!offers.discard(resident.id(), id)) {
            flash.addFlashAttribute("error", "tal.offer.alreadySigned");
            return "redirect:" + BASE + "/erbjudanden/" + id;
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.offer", id, offer.organisationId(),
                "draft offer discarded by the workplace");
        flash.addFlashAttribute("done", "tal.offer.discarded");
        return "redirect:" + BASE + "/arbetsplatser/" + offer.workplaceId();
    }

    @PostMapping(BASE + "/erbjudanden/{id}/aterkalla")
    String withdraw(@PathVariable long id, CurrentResident resident, RedirectAttributes flash, Model model, HttpServletResponse response) {
        Offers.Offer offer = offers.ofResident(resident.id(), id).orElseThrow(NotYours::new);
        Offers.Withdrawal outcome = offers.withdraw(resident.id(), id);
        if (outcome != Offers.Withdrawal.WITHDRAWN) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", outcome == Offers.Withdrawal.PUPILS_PLACED ? "tal.offer.withdraw.pupilsPlaced" : "tal.offer.withdraw.notSigned");
            return showOffer(id, resident, model);
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.offer", id, offer.organisationId(),
                offer.placeId() == null ? "offer withdrawn by the workplace" : "offer and its place withdrawn by the workplace");
        flash.addFlashAttribute("done", "tal.offer.withdrawn");
        return "redirect:" + BASE + "/erbjudanden/" + id;
    }
}
