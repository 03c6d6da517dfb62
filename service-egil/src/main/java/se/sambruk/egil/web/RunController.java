package se.sambruk.egil.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.CurrentUser;
import se.sambruk.egil.suppliers.Suppliers;
import se.sambruk.egil.sync.SyncRun;
import se.sambruk.egil.sync.SyncRuns;
import se.sambruk.egil.sync.SyncService;
import se.sambruk.egil.sync.TransferHistory;

@Controller
class RunController {

    private final SyncRuns runs;
    private final SyncService sync;
    private final Suppliers suppliers;
    private final TransferHistory history;

    RunController(SyncRuns runs, SyncService sync, Suppliers suppliers, TransferHistory history) {
        this.runs = runs;
        this.sync = sync;
        this.suppliers = suppliers;
        this.history = history;
    }

    /** The run and its progress; htmx asks for the progress fragment every two seconds while it runs. */
    @GetMapping("/egil/runs/{id}")
    String show(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        SyncRun run = run(id);
        model.addAttribute("run", run);
        model.addAttribute("supplier", suppliers.findById(run.getSupplierId()).orElseThrow(EgilAdmin.NotFound::new));
        model.addAttribute("failures", history.failures(run.getOrganisationId(), id));
        return htmx != null ? "egil/run :: progress" : "egil/run";
    }

    @PostMapping("/egil/runs/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes flash) {
        SyncRun run = run(id);
        if (run.getStatus() == SyncRun.Status.AWAITING_CONFIRMATION) {
            sync.confirm(run, CurrentUser.require().name(), true);
            flash.addFlashAttribute("flashKey", "egil.run.confirmed");
        }
        return "redirect:/egil/runs/" + id;
    }

    @PostMapping("/egil/runs/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes flash) {
        SyncRun run = run(id);
        switch (sync.cancel(run, CurrentUser.require().name())) {
            case CANCELLED -> flash.addFlashAttribute("flashKey", "egil.run.cancelled");
            case REQUESTED -> flash.addFlashAttribute("flashKey", "egil.run.cancelRequested");
            case NOTHING -> flash.addFlashAttribute("flashKey", "egil.run.cancelNothing");
        }
        return "redirect:/egil/runs/" + id;
    }

    private SyncRun run(long id) {
        CurrentUser user = EgilAdmin.require();
        return runs.findByIdAndOrganisationId(id, user.organisationId()).orElseThrow(EgilAdmin.NotFound::new);
    }
}
