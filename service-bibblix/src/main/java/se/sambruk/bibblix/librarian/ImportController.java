package se.sambruk.bibblix.librarian;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.sambruk.bibblix.onix.ImportRun;
import se.sambruk.bibblix.onix.OnixImport;
import se.sambruk.core.CurrentUser;

/** The content manager's import of the supplier's ONIX feed: upload, then a run page that shows its progress (htmx polls it). */
@Controller
class ImportController {

    private final Librarians librarians;
    private final OnixImport imports;
    private final OnixUploads uploads;

    ImportController(Librarians librarians, OnixImport imports, OnixUploads uploads) {
        this.librarians = librarians;
        this.imports = imports;
        this.uploads = uploads;
    }

    @ModelAttribute("maxSize")
    String maxSize() {
        long bytes = uploads.maxBytes();
        return bytes % (1024L * 1024 * 1024) == 0 ? bytes / (1024L * 1024 * 1024) + " GB" : Math.max(1, bytes / (1024 * 1024)) + " MB";
    }

    @GetMapping("/bibblix/bibliotekarie/import")
    String form(Model model) {
        CurrentUser user = librarians.requireContentManager();
        model.addAttribute("runs", imports.recent(user.organisationId()));
        return "bibblix/librarian/import";
    }

    /**
     * The feed arrives streamed to disk by {@link OnixUploads} (its own size limit, not the
     * platform's multipart limits); a missing, broken or too large file is an inline message.
     */
    @PostMapping("/bibblix/bibliotekarie/import")
    String upload(HttpServletRequest request, Model model) {
        CurrentUser user = librarians.requireContentManager();
        OnixUploads.Upload upload = OnixUploads.upload(request);
        if (upload.outcome() != OnixUploads.Outcome.STORED) {
            model.addAttribute("fileError", switch (upload.outcome()) {
                case TOO_LARGE -> "bibblix.lib.import.tooLarge";
                case BROKEN -> "bibblix.lib.import.broken";
                default -> "bibblix.lib.import.missing";
            });
            model.addAttribute("runs", imports.recent(user.organisationId()));
            return "bibblix/librarian/import";
        }
        OnixUploads.claim(request);
        long run = imports.start(user.organisationId(), upload.fileName(), upload.file());
        return "redirect:/bibblix/bibliotekarie/import/" + run;
    }

    @GetMapping("/bibblix/bibliotekarie/import/{id}")
    String run(@PathVariable long id, HttpServletRequest request, Model model) {
        CurrentUser user = librarians.requireContentManager();
        ImportRun run = imports.find(user.organisationId(), id).orElseThrow(Librarians.NotFound::new);
        model.addAttribute("run", run);
        model.addAttribute("problems", imports.problems(run.id(), 500));
        return request.getHeader("HX-Request") != null ? "bibblix/librarian/import-run :: progress" : "bibblix/librarian/import-run";
    }
}
