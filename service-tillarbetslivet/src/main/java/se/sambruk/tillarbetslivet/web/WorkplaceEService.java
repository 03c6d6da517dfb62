package se.sambruk.tillarbetslivet.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.EService;
import se.sambruk.core.residents.SignatureRequest;
import se.sambruk.core.residents.Signatures;
import se.sambruk.tillarbetslivet.placement.Attendance;
import se.sambruk.tillarbetslivet.placement.Confirmation;
import se.sambruk.tillarbetslivet.placement.PlacementRecords;
import se.sambruk.tillarbetslivet.placement.Punctuality;
import se.sambruk.tillarbetslivet.season.Placements;
import se.sambruk.tillarbetslivet.workplace.Workplaces;

/**
 * The workplaces' e-service: a supervisor signed in with e-legitimation joins their workplace by the
 * invitation's link, sees the placements at its places (and nothing else), confirms a placement and
 * its schedule with a signature, and records attendance and the evaluation.
 */
@Controller
class WorkplaceEService {

    static final String BASE = "/e-tjanster/tillarbetslivet";

    @Configuration(proxyBeanMethods = false)
    static class Declaration {
        @Bean
        EService tillarbetslivetEService() {
            return new EService("tillarbetslivet", "tal.eservice.name", "tal.eservice.description");
        }
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotYours extends RuntimeException {
        NotYours() {
            super("No such placement at the supervisor's workplaces");
        }
    }

    private final Workplaces workplaces;
    private final se.sambruk.tillarbetslivet.workplace.Offers offers;
    private final PlacementRecords records;
    private final Placements placements;
    private final Signatures signatures;
    private final AuditLog audit;

    WorkplaceEService(Workplaces workplaces, se.sambruk.tillarbetslivet.workplace.Offers offers, PlacementRecords records,
                      Placements placements, Signatures signatures, AuditLog audit) {
        this.workplaces = workplaces;
        this.offers = offers;
        this.records = records;
        this.placements = placements;
        this.signatures = signatures;
        this.audit = audit;
    }

    private static String actor(CurrentResident resident) {
        return "invånare #" + resident.id();
    }

    @GetMapping(BASE)
    String start(CurrentResident resident, Model model) {
        List<Workplaces.SupervisedPlacement> list = workplaces.placementsOf(resident.id());
        model.addAttribute("workplaces", workplaces.ofResident(resident.id()));
        model.addAttribute("placements", list);
        model.addAttribute("offers", offers.ofResident(resident.id()));
        model.addAttribute("ownPlaces", workplaces.placesOf(resident.id()));
        for (Workplaces.SupervisedPlacement placement : list) {
            audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "tillarbetslivet.placement", placement.id(),
                    placement.organisationId(), "workplace supervisor's list");
        }
        return "tillarbetslivet/eservice/start";
    }

    @GetMapping(BASE + "/inbjudan/{token}")
    String invitation(@PathVariable String token, CurrentResident resident, Model model, HttpServletResponse response) {
        Workplaces.Workplace workplace = workplaces.byToken(token).orElse(null);
        if (workplace == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("gone", true);
        }
        model.addAttribute("workplace", workplace);
        model.addAttribute("token", token);
        return "tillarbetslivet/eservice/invitation";
    }

    @PostMapping(BASE + "/inbjudan/{token}")
    String join(@PathVariable String token, CurrentResident resident, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Workplaces.Workplace workplace = workplaces.byToken(token).orElse(null);
        if (workplace == null || !workplaces.join(workplace.id(), resident.id(), resident.name())) {
            response.setStatus(workplace == null ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_CONFLICT);
            model.addAttribute("gone", workplace == null);
            model.addAttribute("taken", workplace != null);
            model.addAttribute("workplace", workplace);
            model.addAttribute("token", token);
            return "tillarbetslivet/eservice/invitation";
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.workplace", workplace.id(),
                workplace.organisationId(), "supervisor joined by invitation");
        flash.addFlashAttribute("done", "tal.eservice.joined");
        return "redirect:" + BASE;
    }

    /** A placement with what the supervisor's page shows. */
    record Supervised(Workplaces.SupervisedPlacement placement, Placements.Place place, List<PlacementRecords.Day> days,
                      PlacementRecords.Evaluation evaluation) {
        byte[] document() {
            return Confirmation.document(placement.id(), placement.pupilName(), place.code(), place.workplace(), days);
        }
    }

    private Supervised supervised(CurrentResident resident, long id) {
        Workplaces.SupervisedPlacement placement = workplaces.placementOf(resident.id(), id).orElseThrow(NotYours::new);
        long org = placement.organisationId();
        long placeId = records.placement(org, id).orElseThrow(NotYours::new).placeId();
        return new Supervised(placement, placements.place(org, placeId).orElseThrow(NotYours::new), records.schedule(org, id),
                records.evaluation(org, id).orElse(null));
    }

    @GetMapping(BASE + "/placeringar/{id}")
    String placement(@PathVariable long id, CurrentResident resident, Model model) {
        Supervised supervised = supervised(resident, id);
        EvaluationForm form = new EvaluationForm();
        if (supervised.evaluation() != null) {
            form.setPunctuality(supervised.evaluation().punctuality());
            form.setInterest(supervised.evaluation().interest());
            form.setComment(supervised.evaluation().comment());
        }
        model.addAttribute("evaluationForm", form);
        return page(resident, supervised, model);
    }

    private String page(CurrentResident resident, Supervised supervised, Model model) {
        model.addAttribute("s", supervised);
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("punctualities", Punctuality.values());
        model.addAttribute("signature", signatures.valid(Confirmation.SERVICE, Confirmation.documentRef(supervised.placement().id()),
                supervised.document()).orElse(null));
        audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "tillarbetslivet.placement", supervised.placement().id(),
                supervised.placement().organisationId(), "workplace supervisor's view");
        return "tillarbetslivet/eservice/placement";
    }

    @PostMapping(BASE + "/placeringar/{id}/bekrafta")
    String confirm(@PathVariable long id, CurrentResident resident, RedirectAttributes flash) {
        Supervised supervised = supervised(resident, id);
        if (supervised.days().isEmpty()) {
            flash.addFlashAttribute("error", "tal.eservice.noSchedule");
            return "redirect:" + BASE + "/placeringar/" + id;
        }
        return "redirect:" + signatures.request(new SignatureRequest(Confirmation.SERVICE, Confirmation.documentRef(id),
                Confirmation.summary(supervised.placement().pupilName(), supervised.place().workplace(), supervised.days()),
                supervised.document(), BASE + "/placeringar/" + id));
    }

    @PostMapping(BASE + "/placeringar/{id}/narvaro")
    String attendance(@PathVariable long id, @RequestParam(name = "day", required = false) List<String> days,
                      @RequestParam(name = "status", required = false) List<String> statuses, CurrentResident resident,
                      RedirectAttributes flash) {
        Supervised supervised = supervised(resident, id);
        Map<LocalDate, Attendance> attendance = AttendanceInput.read(days, statuses);
        if (!supervised.days().stream().map(PlacementRecords.Day::date).toList().containsAll(attendance.keySet())) {
            flash.addFlashAttribute("error", "tal.attendance.notScheduled");
            return "redirect:" + BASE + "/placeringar/" + id;
        }
        long org = supervised.placement().organisationId();
        int recorded = records.recordAttendance(org, id, attendance, resident.name());
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.placement", id, org,
                "attendance recorded by the workplace for " + recorded + " days");
        flash.addFlashAttribute("done", "tal.attendance.saved");
        return "redirect:" + BASE + "/placeringar/" + id;
    }

    @PostMapping(BASE + "/placeringar/{id}/omdome")
    String evaluation(@PathVariable long id, @Valid @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult errors,
                      CurrentResident resident, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Supervised supervised = supervised(resident, id);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(resident, supervised, model);
        }
        long org = supervised.placement().organisationId();
        records.saveEvaluation(org, id, form.getPunctuality(), form.getInterest(), form.getComment() == null ? "" : form.getComment().strip(),
                resident.name());
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.placement", id, org,
                "evaluation written by the workplace");
        flash.addFlashAttribute("done", "tal.evaluation.saved");
        return "redirect:" + BASE + "/placeringar/" + id;
    }
}
