package se.sambruk.core.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditAction;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.web.SearchText;

/**
 * The audit log, searchable: by staff for everything ({@code /admin/audit}), by an
 * organisation's administrator for entries about or by that organisation ({@code /org/audit}).
 */
@Controller
class AuditController {

    private static final int LIMIT = 200;
    private static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");

    private final JdbcTemplate jdbc;

    AuditController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping({"/admin/audit", "/org/audit"})
    String search(@RequestParam(required = false) String actor,
                  @RequestParam(required = false) String action,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  HttpServletRequest request, Model model) {
        CurrentUser user = CurrentUser.require();
        boolean all = request.getRequestURI().startsWith("/admin/") && user.isStaff();
        StringBuilder sql = new StringBuilder("""
                select occurred_at, action, actor, actor_org_id, target_type, target_id, target_org_id, detail, remote_address
                from core.audit_event where 1 = 1
                """);
        List<Object> arguments = new ArrayList<>();
        if (!all) {
            sql.append(" and (actor_org_id = ? or target_org_id = ?)");
            arguments.add(user.organisationId());
            arguments.add(user.organisationId());
        }
        String cleanActor = SearchText.clean(actor);
        if (cleanActor != null) {
            sql.append(" and lower(actor) = lower(?)");
            arguments.add(cleanActor);
        }
        AuditAction chosen = parse(action);
        if (chosen != null) {
            sql.append(" and action = ?");
            arguments.add(chosen.name());
        }
        if (from != null) {
            sql.append(" and occurred_at >= ?");
            arguments.add(Timestamp.from(from.atStartOfDay(STOCKHOLM).toInstant()));
        }
        if (to != null) {
            sql.append(" and occurred_at < ?");
            arguments.add(Timestamp.from(to.plusDays(1).atStartOfDay(STOCKHOLM).toInstant()));
        }
        sql.append(" order by occurred_at desc, id desc limit ").append(LIMIT);
        List<Entry> entries = jdbc.query(sql.toString(), (row, index) -> new Entry(
                row.getTimestamp(1).toInstant().atZone(STOCKHOLM).toLocalDateTime(), row.getString(2), row.getString(3), (Long) row.getObject(4),
                row.getString(5), row.getString(6), (Long) row.getObject(7), row.getString(8), row.getString(9)), arguments.toArray());
        model.addAttribute("entries", entries);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("actor", cleanActor);
        model.addAttribute("action", chosen);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("limit", LIMIT);
        model.addAttribute("base", all ? "/admin/audit" : "/org/audit");
        return "admin/audit";
    }

    private static AuditAction parse(String action) {
        try {
            return action == null || action.isBlank() ? null : AuditAction.valueOf(action.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    record Entry(java.time.LocalDateTime occurredAt, String action, String actor, Long actorOrganisationId, String targetType,
                 String targetId, Long targetOrganisationId, String detail, String remoteAddress) {
    }
}
