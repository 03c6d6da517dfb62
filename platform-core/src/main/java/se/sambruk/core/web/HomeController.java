package se.sambruk.core.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.organisation.MemberStatus;
import se.sambruk.core.organisation.Members;
import se.sambruk.core.subscription.UsageStatistics;

@Controller
class HomeController {

    private final ServiceCatalogue catalogue;
    private final Members members;
    private final UsageStatistics usage;

    HomeController(ServiceCatalogue catalogue, Members members, UsageStatistics usage) {
        this.catalogue = catalogue;
        this.members = members;
        this.usage = usage;
    }

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(Model model) {
        Map<String, UsageStatistics.ServiceUsage> perService = usage.perService();
        List<ServiceRow> rows = catalogue.findAllByOrderByName().stream()
                .map(service -> {
                    var counts = perService.getOrDefault(service.getCode(), new UsageStatistics.ServiceUsage(0, 0));
                    return new ServiceRow(service, counts.organisations(), counts.municipalities());
                })
                .toList();
        model.addAttribute("services", rows);
        model.addAttribute("memberCount", members.countByStatusIn(EnumSet.of(MemberStatus.ACTIVE, MemberStatus.RESIGNING)));
        model.addAttribute("municipalitiesReached", usage.municipalitiesReached().size());
        return "home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

    record ServiceRow(DigitalService service, long organisations, long municipalities) {
    }
}
