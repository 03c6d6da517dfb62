package se.sambruk.multifraga.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.PersonalData;
import se.sambruk.core.documents.Table;
import se.sambruk.multifraga.followup.FollowUpForm;
import se.sambruk.multifraga.followup.LogReview;

/**
 * The follow-up report for the log review (MF_REVIEWER): look-ups per caseworker over a period, a
 * random sample to check, the look-ups with no following decision; the period's log as CSV or
 * XLSX through the core's exports. Every view and export is audited.
 */
@Controller
class FollowUpController {

    private final LogReview review;
    private final ServiceAccess access;
    private final AuditLog audit;
    private final Downloads downloads;
    private final MessageSource messages;

    FollowUpController(LogReview review, ServiceAccess access, AuditLog audit, Downloads downloads, MessageSource messages) {
        this.review = review;
        this.access = access;
        this.audit = audit;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/multifraga/uppfoljning")
    String show(@ModelAttribute("followUpForm") FollowUpForm form, BindingResult binding, Model model) {
        CurrentUser user = Caseworker.requireReviewer(access);
        if (form.from() == null && form.to() == null && form.sample() == null) {
            return "redirect:/multifraga/uppfoljning?from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now() + "&sample=10";
        }
        FollowUpForm.Checked checked = form.check();
        if (binding.hasErrors() || !checked.ok()) {
            checked.errors().forEach(binding::rejectValue);
            model.addAttribute("checked", null);
            return "multifraga/followup";
        }
        long org = user.organisationId();
        model.addAttribute("checked", checked);
        model.addAttribute("perCaseworker", review.perCaseworker(org, checked.from(), checked.to()));
        model.addAttribute("sample", review.sample(org, checked.from(), checked.to(), checked.sample()));
        model.addAttribute("withoutDecision", review.withoutDecision(org, checked.from(), checked.to()));
        audit.personalDataRead("multifraga.logreview", checked.from() + "–" + checked.to(), org,
                "logguppföljning " + checked.from() + "–" + checked.to() + ", stickprov " + checked.sample());
        return "multifraga/followup";
    }

    @GetMapping("/multifraga/uppfoljning/export")
    ResponseEntity<byte[]> export(@ModelAttribute FollowUpForm form, @RequestParam(defaultValue = "csv") String format) {
        CurrentUser user = Caseworker.requireReviewer(access);
        FollowUpForm.Checked checked = new FollowUpForm(form.from(), form.to(), "1").check();
        if (!checked.ok() || !(format.equals("csv") || format.equals("xlsx"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Ogiltig period eller format");
        }
        long org = user.organisationId();
        List<LogReview.Entry> entries = review.all(org, checked.from(), checked.to());
        Table log = Table.of(t("mf.review.sheet.log"), List.of(t("mf.review.col.id"), t("mf.askedAt"), t("mf.caseworker"), t("mf.caseId"),
                        t("mf.review.col.persons"), t("mf.sources"), t("mf.purpose"), t("mf.law"), t("mf.protected.mark"), t("mf.review.col.deleted"),
                        t("mf.review.col.decision")),
                entries.stream().map(e -> List.<Object>of(e.id(), e.askedAt().toInstant(), e.caseworker(), e.caseId(), e.personsMasked(), e.sources(),
                        e.purpose(), e.law(), e.protectedIdentity(), e.resultsDeleted(), e.decisionFollowed())).toList());
        String name = "multifraga-logg-" + checked.from() + "-" + checked.to();
        PersonalData personalData = PersonalData.of("multifraga.logreview", org, "logguppföljning " + checked.from() + "–" + checked.to());
        if (format.equals("csv")) {
            return downloads.csv(name + ".csv", log, personalData);
        }
        Table perCaseworker = Table.of(t("mf.review.sheet.perCaseworker"), List.of(t("mf.caseworker"), t("mf.review.col.lookups"),
                        t("mf.review.col.persons"), t("mf.review.col.cases"), t("mf.protected.mark"), t("mf.review.col.withoutDecision")),
                review.perCaseworker(org, checked.from(), checked.to()).stream().map(p -> List.<Object>of(p.caseworker(), p.lookups(), p.persons(),
                        p.cases(), p.protectedIdentity(), p.withoutDecision())).toList());
        return downloads.xlsx(name + ".xlsx", personalData, perCaseworker, log);
    }

    private String t(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
