package se.sambruk.membership.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.ServiceSubscriptions;
import se.sambruk.core.charts.BarChart;
import se.sambruk.core.charts.Chart;
import se.sambruk.core.charts.GoalChart;
import se.sambruk.core.charts.ValueFormat;
import se.sambruk.core.format.SwedishFormat;

/** Staff's start page of the membership administration: the plan's goals with live figures, and the work waiting. */
@Controller
class GoalsController {

    private final MemberRegister register;
    private final ServiceSubscriptions subscriptions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MessageSource messages;

    GoalsController(MemberRegister register, ServiceSubscriptions subscriptions, JdbcTemplate jdbc, Clock clock, MessageSource messages) {
        this.messages = messages;
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
        model.addAttribute("goalsChart", goalsChart(figures));
        model.addAttribute("reachChart", reachChart(figures));
        return "membership/dashboard";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** Each goal on its own scale; the members lost is a ceiling (at most 0), so any loss shows as a missed goal. */
    Chart goalsChart(GoalFigures figures) {
        GoalChart chart = GoalChart.of(text("membership.goals.title", SwedishFormat.year(figures.year()))).id("goals-chart")
                .labelHeader(text("membership.goal")).valueHeader(text("membership.goal.value"));
        for (GoalFigures.Goal goal : figures.goals()) {
            chart.goal(text("membership.goal." + goal.key()), goal.value(), goal.target(),
                    goal.atMost() ? GoalChart.Direction.AT_MOST : GoalChart.Direction.AT_LEAST,
                    goal.percent() ? ValueFormat.PERCENT : ValueFormat.COUNT, goal.percent() ? 100 : null, goal.met());
        }
        return chart.build();
    }

    /** Members per service, with the goal for the most used one (three quarters of the members) as a line. */
    Chart reachChart(GoalFigures figures) {
        BarChart chart = BarChart.of(text("membership.goals.reach")).id("reach-chart").labelHeader(text("membership.service"))
                .valueHeader(text("membership.goals.memberCount"))
                .reference(figures.members() * 3 / 4.0, text("membership.goals.reachLine", SwedishFormat.number(figures.members() * 3 / 4.0, 1)))
                .note(text("membership.goals.reachCaption"));
        figures.reach().forEach(service -> chart.bar(service.name(), service.members()));
        return chart.build();
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
