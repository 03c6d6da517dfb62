package se.sambruk.egil.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.schooldata.SchoolData;
import se.sambruk.egil.schooldata.SchoolDataStore;
import se.sambruk.schooldata.SchoolRecords.Person;
import se.sambruk.egil.suppliers.Supplier;
import se.sambruk.egil.suppliers.Suppliers;
import se.sambruk.egil.sync.SentState;
import se.sambruk.egil.sync.TransferHistory;

/** Per pupil or teacher: where accounts exist, since when, and every transfer. Each look is audited. */
@Controller
class PersonController {

    private final SchoolDataStore store;
    private final SentState state;
    private final TransferHistory history;
    private final Suppliers suppliers;
    private final AuditLog audit;

    PersonController(SchoolDataStore store, SentState state, TransferHistory history, Suppliers suppliers, AuditLog audit) {
        this.store = store;
        this.state = state;
        this.history = history;
        this.suppliers = suppliers;
        this.audit = audit;
    }

    @GetMapping("/egil/people")
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        CurrentUser user = EgilAdmin.require();
        String q = query == null ? "" : query.trim();
        model.addAttribute("q", q);
        if (q.length() >= 2 && q.length() <= 100) {
            String needle = q.toLowerCase(Locale.ROOT);
            SchoolData data = store.load(user.organisationId());
            List<Person> found = data.persons().values().stream()
                    .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(needle) || p.id().toString().equals(needle))
                    .limit(50).toList();
            model.addAttribute("people", found);
            audit.personalDataRead("egil.person.search", null, user.organisationId(), found.size() + " found");
        } else {
            model.addAttribute("people", List.of());
        }
        return "egil/people";
    }

    @GetMapping("/egil/people/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = EgilAdmin.require();
        long org = user.organisationId();
        Person person = store.load(org).persons().get(id);
        var held = state.heldFor(org, id);
        var transfers = history.forPerson(org, id);
        if (person == null && held.isEmpty() && transfers.isEmpty()) {
            throw new EgilAdmin.NotFound();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        for (Supplier s : suppliers.findByOrganisationIdOrderByName(org)) {
            names.put(s.getId(), s.getName());
        }
        model.addAttribute("personId", id);
        model.addAttribute("person", person);
        model.addAttribute("held", held);
        model.addAttribute("transfers", transfers);
        model.addAttribute("supplierNames", names);
        audit.personalDataRead("egil.person", id, org, "accounts and transfer history");
        return "egil/person";
    }
}
