package se.sambruk.uka.eservice;

import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.Notifications;
import se.sambruk.core.UserRoleGrants;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.EService;
import se.sambruk.uka.UkaModule;
import se.sambruk.uka.people.CodeLists;
import se.sambruk.uka.people.OwnPages;
import se.sambruk.uka.people.Records;
import se.sambruk.uka.people.Register;

/**
 * The young person's own page, for the municipalities that turned it on: signed in with
 * e-legitimation, a young person sees their plan and its goal, their actions, booked meetings and
 * their contact person, and can ask to be contacted. Only their own record (matched by
 * personnummer) is ever shown; every read and request is audited with the resident as actor.
 */
@Controller
class YoungPersonEService {

    static final String BASE = "/e-tjanster/uka";

    @Configuration(proxyBeanMethods = false)
    static class Declaration {
        @Bean
        EService ukaEService() {
            return new EService("uka", "uka.eservice.name", "uka.eservice.description");
        }
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotYours extends RuntimeException {
        NotYours() {
            super("No such record of the young person");
        }
    }

    private final OwnPages pages;
    private final Register register;
    private final CodeLists codes;
    private final UserRoleGrants grants;
    private final Notifications notifications;
    private final AuditLog audit;

    YoungPersonEService(OwnPages pages, Register register, CodeLists codes, UserRoleGrants grants, Notifications notifications, AuditLog audit) {
        this.pages = pages;
        this.register = register;
        this.codes = codes;
        this.grants = grants;
        this.notifications = notifications;
        this.audit = audit;
    }

    private static String actor(CurrentResident resident) {
        return "invånare #" + resident.id();
    }

    /** What the page shows of one record. */
    record View(OwnPages.OwnRecord record, String goal, List<Records.Action> actions, Map<String, String> categoryLabels,
                List<OwnPages.Meeting> meetings, String contactPerson, OwnPages.Settings team, int requestsLeft) {
    }

    private View view(OwnPages.OwnRecord r) {
        long org = r.organisationId();
        String contactPerson = r.caseworkerUserId() == null ? null : grants.holders(org, UkaModule.UKA_CASEWORKER).stream()
                .filter(h -> h.userId() == r.caseworkerUserId()).map(UserRoleGrants.RoleHolder::displayName).findFirst().orElse(null);
        return new View(r, register.plan(org, r.personId()).orElse(null), register.actions(org, r.personId()),
                codes.labels(org, CodeLists.ACTION_CATEGORY), pages.meetings(org, r.personId()), contactPerson, pages.settings(org),
                Math.max(0, OwnPages.REQUESTS_PER_DAY - pages.requestsToday(org, r.personId())));
    }

    @GetMapping(BASE)
    String start(CurrentResident resident, Model model) {
        return page(resident, model);
    }

    private String page(CurrentResident resident, Model model) {
        List<View> views = new ArrayList<>();
        for (OwnPages.OwnRecord r : pages.recordsOf(resident.personalIdentityNumber())) {
            views.add(view(r));
            audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "uka.person", r.personId(), r.organisationId(),
                    "the young person's own page");
        }
        model.addAttribute("views", views);
        model.addAttribute("resident", resident);
        if (!model.containsAttribute("contactRequestForm")) {
            model.addAttribute("contactRequestForm", new ContactRequestForm());
        }
        return "uka/eservice/start";
    }

    @PostMapping(BASE + "/{id}/kontakta-mig")
    String ask(@PathVariable long id, CurrentResident resident, @Valid @ModelAttribute("contactRequestForm") ContactRequestForm form,
               BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes flash) {
        OwnPages.OwnRecord r = pages.recordOf(resident.personalIdentityNumber(), id).orElseThrow(NotYours::new);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("formFor", id);
            return page(resident, model);
        }
        if (!pages.ask(r.organisationId(), r.personId(), form.getMessage())) {
            errors.rejectValue("message", "uka.eservice.tooMany", new Object[] {OwnPages.REQUESTS_PER_DAY}, null);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("formFor", id);
            return page(resident, model);
        }
        // the notice names nobody and quotes nothing: the caseworker reads the message on the person's page
        String link = "/uka/personer/" + r.personId() + "#kontaktonskemal";
        List<Long> to = r.caseworkerUserId() != null ? List.of(r.caseworkerUserId())
                : grants.holders(r.organisationId(), UkaModule.UKA_CASEWORKER).stream().map(UserRoleGrants.RoleHolder::userId).toList();
        for (long userId : to) {
            notifications.notifyUser(userId, "UKA: en ungdom vill bli kontaktad",
                    "En ungdom har bett att bli kontaktad via sin sida i e-tjänsten. Läs meddelandet på personens sida i UKA.", link);
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "uka.person", r.personId(), r.organisationId(),
                "the young person asked to be contacted");
        flash.addFlashAttribute("notice", "uka.eservice.asked");
        return "redirect:" + BASE;
    }
}
