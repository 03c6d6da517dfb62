package se.sambruk.core.web;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sambruk.core.SubscriptionEnded;
import se.sambruk.core.SubscriptionStarted;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.organisation.MemberStatus;
import se.sambruk.core.organisation.Members;
import se.sambruk.core.subscription.UsageStatistics;

/**
 * The start page. Its figures (services, members, municipalities reached) take five queries
 * and change a few times a year, while the page is the one most often asked for; they are
 * kept for {@code sambruk.web.start-page-figures-ttl} (10 s by default), and a subscription
 * that starts or ends on this node shows at once.
 */
@Controller
class HomeController {

    private final ServiceCatalogue catalogue;
    private final Members members;
    private final UsageStatistics usage;
    private final TransactionTemplate readOnly;
    private final ExpiringValue<Figures> figures;

    HomeController(ServiceCatalogue catalogue, Members members, UsageStatistics usage, PlatformTransactionManager transactions,
                   Clock clock, @Value("${sambruk.web.start-page-figures-ttl:10s}") Duration figuresTimeToLive) {
        this.catalogue = catalogue;
        this.members = members;
        this.usage = usage;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.figures = new ExpiringValue<>(() -> readOnly.execute(status -> load()), figuresTimeToLive, clock);
    }

    @GetMapping("/")
    String home(Model model) {
        Figures current = figures.get();
        model.addAttribute("services", current.services());
        model.addAttribute("memberCount", current.memberCount());
        model.addAttribute("municipalitiesReached", current.municipalitiesReached());
        return "home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

    /** The API documentation for developers: what the API offers, how to get a token, the OpenAPI document; Swagger UI as a tool. */
    @GetMapping("/developers")
    String developers() {
        return "developers";
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SubscriptionStarted started) {
        figures.invalidate();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SubscriptionEnded ended) {
        figures.invalidate();
    }

    private Figures load() {
        Map<String, UsageStatistics.ServiceUsage> perService = usage.perService();
        List<ServiceRow> rows = catalogue.findAllByOrderByName().stream()
                .map(service -> {
                    var counts = perService.getOrDefault(service.getCode(), new UsageStatistics.ServiceUsage(0, 0));
                    return new ServiceRow(service.getCode(), service.getName(), service.getSummary(),
                            counts.organisations(), counts.municipalities());
                })
                .toList();
        return new Figures(rows, members.countByStatusIn(EnumSet.of(MemberStatus.ACTIVE, MemberStatus.RESIGNING)),
                usage.municipalitiesReached().size());
    }

    /** What the start page shows, read in one go; no entities, so it may be shared between requests. */
    record Figures(List<ServiceRow> services, long memberCount, int municipalitiesReached) {
    }

    record ServiceRow(String code, String name, String summary, long organisations, long municipalities) {
    }
}
