package se.sambruk.egil.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sambruk.core.CurrentUser;
import se.sambruk.egil.sources.Sources;
import se.sambruk.egil.suppliers.Supplier;
import se.sambruk.egil.suppliers.Suppliers;
import se.sambruk.egil.sync.SyncRuns;
import se.sambruk.egil.sync.TransferHistory;

@Controller
class OverviewController {

    private final Sources sources;
    private final Suppliers suppliers;
    private final SyncRuns runs;
    private final TransferHistory history;

    OverviewController(Sources sources, Suppliers suppliers, SyncRuns runs, TransferHistory history) {
        this.sources = sources;
        this.suppliers = suppliers;
        this.runs = runs;
        this.history = history;
    }

    @GetMapping("/egil")
    String overview(Model model) {
        CurrentUser user = EgilAdmin.require();
        long org = user.organisationId();
        var list = suppliers.findByOrganisationIdOrderByName(org);
        Map<Long, Integer> accounts = new LinkedHashMap<>();
        Map<Long, Object> lastRuns = new LinkedHashMap<>();
        for (Supplier supplier : list) {
            var counts = history.heldCounts(org, supplier.getId());
            accounts.put(supplier.getId(), counts.get(se.sambruk.egil.sync.ScimType.STUDENT) + counts.get(se.sambruk.egil.sync.ScimType.TEACHER));
            runs.findFirstBySupplierIdOrderByStartedAtDesc(supplier.getId()).ifPresent(r -> lastRuns.put(supplier.getId(), r));
        }
        model.addAttribute("sources", sources.findByOrganisationIdOrderByName(org));
        model.addAttribute("suppliers", list);
        model.addAttribute("accounts", accounts);
        model.addAttribute("lastRuns", lastRuns);
        model.addAttribute("runs", runs.findTop20ByOrganisationIdOrderByStartedAtDesc(org));
        Map<Long, String> names = new LinkedHashMap<>();
        list.forEach(s -> names.put(s.getId(), s.getName()));
        model.addAttribute("supplierNames", names);
        return "egil/overview";
    }
}
