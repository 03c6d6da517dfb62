package se.sambruk.membership.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.ServiceSubscriptions;

/** Staff's start page of the membership administration: the plan's goals with live figures, and the work waiting. */
@Controller
class GoalsController {

    private final MemberRegister register;
    private final ServiceSubscriptions subscriptions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    GoalsController(MemberRegister register, ServiceSubscriptions subscriptions, JdbcTemplate jdbc, Clock clock) {
        this.register = register;
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/admin/membership")
    String dashboard(Model model) {
        GoalFigures figures = figures();
        model.addAttribute("figures", figures);
        model.addAttribute("openApplications", jdbc.queryForObject(
                "select count(*) from membership.application where status = 'SUBMITTED'", Long.class));
        model.addAttribute("openOrders", jdbc.queryForObject(
                "select count(*) from membership.service_order where status = 'REQUESTED'", Long.class));
        long maxReach = figures.reach().stream().mapToLong(GoalFigures.ServiceReach::members).max().orElse(0);
        model.addAttribute("maxReach", Math.max(1, Math.max(maxReach, figures.members())));
        long maxCount = java.util.Arrays.stream(figures.membersByServiceCount()).max().orElse(1);
        model.addAttribute("maxCount", Math.max(1, maxCount));
        return "membership/dashboard";
    }

    GoalFigures figures() {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = subscriptions.services().stream()
                .collect(Collectors.toMap(ServiceSubscriptions.ServiceRef::code, ServiceSubscriptions.ServiceRef::name));
        return GoalFigures.compute(today, register.memberships(), subscriptions.usageOn(today), names, networks());
    }

    private List<GoalFigures.NetworkParticipation> networks() {
        Map<Long, GoalFigures.NetworkParticipation> networks = new java.util.LinkedHashMap<>();
        jdbc.query("select id, name from membership.network order by name", row -> {
            networks.put(row.getLong(1), new GoalFigures.NetworkParticipation(row.getLong(1), row.getString(2), new java.util.HashSet<>()));
        });
        jdbc.query("select network_id, organisation_id from membership.network_participant", row -> {
            var network = networks.get(row.getLong(1));
            if (network != null) {
                network.organisationIds().add(row.getLong(2));
            }
        });
        return List.copyOf(networks.values());
    }
}
