package se.sambruk.core.organisation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.subscription.Subscriptions;
import se.sambruk.core.web.NotFoundException;
import se.sambruk.core.web.SearchText;

/** The public register: every organisation, what it is, whom it acts for and which services it uses. */
@Controller
class OrganisationController {

    static final int PAGE_SIZE = 50;
    /** Far beyond the register's last page, and small enough that the row offset stays an int. */
    static final int MAX_PAGE = 100_000;

    private final Organisations organisations;
    private final Members members;
    private final Subscriptions subscriptions;

    OrganisationController(Organisations organisations, Members members, Subscriptions subscriptions) {
        this.organisations = organisations;
        this.members = members;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/organisations")
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) String q,
                @RequestParam(required = false) String type,
                @RequestParam(defaultValue = "0") String page,
                Model model) {
        OrganisationType typeFilter = parseType(type);
        int pageNumber = Math.min(MAX_PAGE, Math.max(0, SearchText.parseIntOr(page, 0)));
        String query = SearchText.clean(q);
        Page<Organisation> result = organisations.search(typeFilter, query,
                PageRequest.of(pageNumber, PAGE_SIZE, Sort.by("name")));
        model.addAttribute("result", result);
        model.addAttribute("q", query);
        model.addAttribute("type", typeFilter);
        model.addAttribute("types", OrganisationType.values());
        return "organisations/list";
    }

    @GetMapping("/organisations/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable String id, Model model) {
        Organisation organisation = SearchText.parseId(id).flatMap(organisations::findById)
                .orElseThrow(NotFoundException::new);
        model.addAttribute("organisation", organisation);
        model.addAttribute("member", members.findById(organisation.getId()).orElse(null));
        model.addAttribute("actsFor", organisations.representedBy(organisation.getId()));
        model.addAttribute("actingFor", organisations.actingFor(organisation.getId()));
        model.addAttribute("subscriptions", subscriptions.findByOrganisation(organisation.getId()));
        model.addAttribute("coveredBy", subscriptions.findCovering(organisation.getId()));
        return "organisations/show";
    }

    static OrganisationType parseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return OrganisationType.valueOf(type.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
