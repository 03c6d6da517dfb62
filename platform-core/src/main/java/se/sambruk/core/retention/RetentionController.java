package se.sambruk.core.retention;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.web.NotFoundException;

/**
 * Retention for people: an organisation's administrator sees the rules that concern the
 * organisation (the core's and those of the services it uses), the period in force (and sets
 * its own where the rule allows), what the next run would remove from its data (count and
 * references; the look is audited) and the log; staff see every rule with counts only.
 */
@Controller
class RetentionController {

    private static final int LOG_LINES = 10;
    private static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");

    private final Retention retention;
    private final ServiceAccess access;
    private final AuditLog audit;

    RetentionController(Retention retention, ServiceAccess access, AuditLog audit) {
        this.retention = retention;
        this.access = access;
        this.audit = audit;
    }

    record Item(String reference, LocalDateTime since) {
    }

    record Line(LocalDateTime ranAt, String trigger, int removed, String error) {
    }

    record RuleView(RetentionRule rule, int keepDays, boolean ownPeriod, long count, List<Item> items, List<Line> log, long organisationsWithOwnPeriod) {
    }

    @GetMapping("/org/retention")
    String organisation(Model model) {
        CurrentUser user = CurrentUser.require();
        long organisationId = user.organisationId();
        List<RuleView> views = concerning(organisationId).stream().map(rule -> {
            RetentionPreview preview = retention.preview(rule, organisationId, Retention.LIST_LIMIT);
            return new RuleView(rule, retention.keepDays(rule, organisationId), retention.hasOwnPeriod(rule, organisationId),
                    preview.countFor(organisationId),
                    preview.items().stream().map(item -> new Item(item.reference(), local(item.since()))).toList(),
                    lines(retention.log(rule, organisationId, LOG_LINES)), 0);
        }).toList();
        long listed = views.stream().mapToLong(view -> view.items().size()).sum();
        if (listed > 0) {
            audit.personalDataRead("retention", null, organisationId, "retention preview, " + listed + " references");
        }
        model.addAttribute("rules", views);
        model.addAttribute("staff", false);
        return "admin/retention";
    }

    /** Sets the organisation's own period of a rule ({@code days} empty: back to the default). */
    @PostMapping("/org/retention/period")
    String setPeriod(@RequestParam(required = false) String rule, @RequestParam(required = false) String days, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        RetentionRule chosen = concerning(user.organisationId()).stream().filter(candidate -> candidate.name().equals(rule)).findFirst()
                .orElseThrow(NotFoundException::new);
        return setPeriod(user, chosen, days, redirect);
    }

    private String setPeriod(CurrentUser user, RetentionRule rule, String days, RedirectAttributes redirect) {
        Integer chosen = null;
        if (days != null && !days.isBlank()) {
            try {
                chosen = Integer.valueOf(days.strip().replace(" ", ""));
            } catch (NumberFormatException notANumber) {
                return refused(redirect, rule, "retention.period.notANumber");
            }
        }
        try {
            retention.setKeepDays(rule, user.organisationId(), chosen, user.name());
        } catch (IllegalArgumentException refused) {
            return refused(redirect, rule, refused.getMessage());
        }
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:/org/retention#" + anchor(rule);
    }

    @GetMapping("/admin/retention")
    String staff(Model model) {
        var ownPeriods = retention.ownPeriodCounts();
        model.addAttribute("rules", retention.rules().stream().map(rule -> new RuleView(rule, rule.defaultKeepDays(), false,
                retention.preview(rule, null, 0).total(), List.of(), lines(retention.log(rule, null, LOG_LINES)),
                ownPeriods.getOrDefault(rule.name(), 0L))).toList());
        model.addAttribute("staff", true);
        return "admin/retention";
    }

    private List<RetentionRule> concerning(long organisationId) {
        Set<String> services = access.usableServices(organisationId);
        return retention.rules().stream()
                .filter(rule -> rule.perOrganisation() && ("core".equals(rule.service()) || services.contains(rule.service())))
                .toList();
    }

    private static String refused(RedirectAttributes redirect, RetentionRule rule, String key) {
        redirect.addFlashAttribute("periodRule", rule.name());
        redirect.addFlashAttribute("periodError", key);
        return "redirect:/org/retention#" + anchor(rule);
    }

    static String anchor(RetentionRule rule) {
        return "rule-" + rule.name().replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static List<Line> lines(List<Retention.LogEntry> entries) {
        return entries.stream().map(entry -> new Line(local(entry.ranAt()), entry.trigger(), entry.removed(), entry.error())).toList();
    }

    private static LocalDateTime local(java.time.Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, STOCKHOLM);
    }
}
