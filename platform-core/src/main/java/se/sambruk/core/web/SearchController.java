package se.sambruk.core.web;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.Organisations;

/** One search box for the register: organisations (name, kommunkod, county) and services. */
@Controller
class SearchController {

    private final Organisations organisations;
    private final ServiceCatalogue catalogue;

    SearchController(Organisations organisations, ServiceCatalogue catalogue) {
        this.organisations = organisations;
        this.catalogue = catalogue;
    }

    @GetMapping("/search")
    @Transactional(readOnly = true)
    String search(@RequestParam(required = false) String q, Model model) {
        String query = SearchText.clean(q);
        model.addAttribute("q", query);
        if (query == null) {
            model.addAttribute("organisations", List.of());
            model.addAttribute("services", List.of());
            return "search";
        }
        String needle = query.toLowerCase(Locale.ROOT);
        List<DigitalService> services = catalogue.findAllByOrderByName().stream()
                .filter(service -> contains(service.getName(), needle) || contains(service.getSummary(), needle)
                        || contains(service.getDescription(), needle))
                .toList();
        List<Organisation> found = organisations.search(null, query, PageRequest.of(0, 50, Sort.by("name"))).getContent();
        model.addAttribute("organisations", found);
        model.addAttribute("services", services);
        return "search";
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
