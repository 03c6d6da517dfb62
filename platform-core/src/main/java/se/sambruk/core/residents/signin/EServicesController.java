package se.sambruk.core.residents.signin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.ServiceSubscriptions;
import se.sambruk.core.residents.EService;

/** The residents' start page: the e-services of the services, with the municipalities that offer each today. */
@Controller
class EServicesController {

    private final List<EService> services;
    private final ServiceSubscriptions subscriptions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EServicesController(List<EService> services, ServiceSubscriptions subscriptions, JdbcTemplate jdbc, Clock clock) {
        this.services = services.stream().sorted(Comparator.comparing(EService::serviceCode)).toList();
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One e-service on the start page and the names of the organisations offering it. */
    record Listed(EService service, List<String> offeredBy) {
    }

    @GetMapping(EService.BASE_PATH)
    String start(@RequestParam(name = "utloggad", required = false) String signedOut, Model model) {
        Map<Long, Set<String>> usage = subscriptions.usageOn(LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))));
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.query("select id, name from core.organisation", row -> {
            names.put(row.getLong(1), row.getString(2));
        });
        List<Listed> listed = new ArrayList<>();
        for (EService service : services) {
            List<String> offeredBy = usage.entrySet().stream()
                    .filter(entry -> entry.getValue().contains(service.serviceCode()))
                    .map(entry -> names.get(entry.getKey()))
                    .filter(java.util.Objects::nonNull)
                    .sorted()
                    .toList();
            listed.add(new Listed(service, offeredBy));
        }
        model.addAttribute("eservices", listed);
        model.addAttribute("signedOut", signedOut != null);
        return "residents/start";
    }
}
