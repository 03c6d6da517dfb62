package se.sambruk.membership.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.charts.GoalChart;
import se.sambruk.core.charts.ValueFormat;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.MemberRegister;
import se.sambruk.membership.web.Ids;
import se.sambruk.membership.web.Kronor;

/**
 * Staff keep the evidence the Teckal exemption needs: how every member exercised control over the
 * association during a year, and the year's turnover from members and from others against the 20 % limit.
 */
@Controller
class ControlController {

    private final ControlRecords records;
    private final Turnovers turnovers;
    private final MemberRegister register;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    ControlController(ControlRecords records, Turnovers turnovers, MemberRegister register, AuditLog audit, Clock clock,
                      MessageSource messages) {
        this.messages = messages;
        this.records = records;
        this.turnovers = turnovers;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member's control during the year: occasions per kind. */
    public record MemberControl(MemberRegister.Membership membership, Map<ControlRecord.Kind, Long> counts) {
        public long count(ControlRecord.Kind kind) {
            return counts.getOrDefault(kind, 0L);
        }

        public boolean none() {
            return counts.values().stream().mapToLong(Long::longValue).sum() == 0;
        }
    }

    @GetMapping("/admin/membership/control")
    @Transactional(readOnly = true)
    String page(@RequestParam(required = false) String year, Model model) {
        int chosen = Ids.year(year, Year.now(clock).getValue());
        LocalDate from = LocalDate.of(chosen, 1, 1), to = LocalDate.of(chosen, 12, 31);
        List<ControlRecord> ofYear = records.findByOccurredOnBetweenOrderByOccurredOn(from, to);
        List<MemberControl> members = register.memberships().stream()
                .filter(membership -> membership.isMemberOn(to) || membership.isMemberOn(from))
                .map(membership -> {
                    Map<ControlRecord.Kind, Long> counts = new EnumMap<>(ControlRecord.Kind.class);
                    ofYear.stream().filter(record -> record.getOrganisationId() == membership.organisationId())
                            .forEach(record -> counts.merge(record.getKind(), 1L, Long::sum));
                    return new MemberControl(membership, counts);
                }).toList();
        model.addAttribute("year", chosen);
        model.addAttribute("members", members);
        model.addAttribute("withoutControl", members.stream().filter(MemberControl::none).count());
        model.addAttribute("kinds", ControlRecord.Kind.values());
        model.addAttribute("recent", ofYear.stream().sorted(java.util.Comparator.comparing(ControlRecord::getOccurredOn).reversed()).limit(20).toList());
        model.addAttribute("organisationNames", register.organisations().stream()
                .collect(java.util.stream.Collectors.toMap(MemberRegister.OrganisationRef::id, MemberRegister.OrganisationRef::name)));
        model.addAttribute("memberOrganisations", members.stream().map(MemberControl::membership).map(MemberRegister.Membership::organisation).toList());
        Turnover turnover = turnovers.findById(chosen).orElse(null);
        model.addAttribute("turnover", turnover);
        if (turnover != null) {
            String share = messages.getMessage("membership.control.othersShare", null, LocaleContextHolder.getLocale());
            model.addAttribute("shareChart", GoalChart.of(share).id("others-share-chart")
                    .goal(share, turnover.othersSharePermille() / 10.0, Turnover.LIMIT_PERCENT, GoalChart.Direction.AT_MOST,
                            ValueFormat.percent(1), null, turnover.withinLimit())
                    .build());
        }
        model.addAttribute("turnovers", turnovers.findAllByOrderByYear());
        model.addAttribute("limit", Turnover.LIMIT_PERCENT);
        model.addAttribute("kr", new Kronor.Formatter());
        return "membership/control";
    }

    @PostMapping("/admin/membership/control/records")
    @Transactional
    String record(@RequestParam(required = false) String organisation, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
                  @RequestParam(required = false) String description, RedirectAttributes redirect) {
        var member = Ids.parse(organisation).flatMap(register::membership);
        var chosenKind = Ids.parseEnum(ControlRecord.Kind.class, kind);
        String text = description == null || description.isBlank() ? null : description.strip();
        if (member.isEmpty() || chosenKind.isEmpty() || occurredOn == null || text == null || occurredOn.getYear() < 2000 || occurredOn.getYear() > 2100) {
            redirect.addFlashAttribute("flashKey", "membership.control.invalid");
            return "redirect:/admin/membership/control";
        }
        ControlRecord saved = records.save(new ControlRecord(member.get().organisationId(), chosenKind.get(), occurredOn,
                text.length() > 500 ? text.substring(0, 500) : text, CurrentUser.require().name()));
        audit.record(AuditAction.REGISTER_CHANGED, "control_record", saved.getId(), saved.getOrganisationId(), chosenKind.get().name());
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:/admin/membership/control?year=" + occurredOn.getYear();
    }

    @PostMapping("/admin/membership/control/turnover")
    @Transactional
    String turnover(@RequestParam(required = false) String year, @RequestParam(required = false) String fromMembers,
                    @RequestParam(required = false) String fromOthers, @RequestParam(required = false) String note,
                    RedirectAttributes redirect) {
        int chosen = Ids.year(year, Year.now(clock).getValue());
        Long members = Kronor.parse(fromMembers), others = Kronor.parse(fromOthers);
        if (members == null || others == null) {
            redirect.addFlashAttribute("flashKey", "membership.fees.amount.invalid");
        } else {
            String text = note == null || note.isBlank() ? null : note.strip().substring(0, Math.min(note.strip().length(), 500));
            turnovers.findById(chosen).ifPresentOrElse(existing -> existing.set(members, others, text),
                    () -> turnovers.save(new Turnover(chosen, members, others, text)));
            audit.record(AuditAction.REGISTER_CHANGED, "turnover", chosen, null, "turnover recorded");
            redirect.addFlashAttribute("flashKey", "admin.saved");
        }
        return "redirect:/admin/membership/control?year=" + chosen;
    }
}
