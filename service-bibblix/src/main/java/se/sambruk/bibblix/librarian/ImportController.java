package se.sambruk.bibblix.librarian;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.sambruk.bibblix.onix.ImportRun;
import se.sambruk.bibblix.onix.OnixImport;
import se.sambruk.core.CurrentUser;

/** The content manager's import of the supplier's ONIX feed: upload, then a run page that shows its progress (htmx polls it). */
@Controller
class ImportController {

    private final Librarians librarians;
    private final OnixImport imports;

    ImportController(Librarians librarians, OnixImport imports) {
        this.librarians = librarians;
        this.imports = imports;
    }

    @GetMapping("/bibblix/bibliotekarie/import")
    String form(Model model) {
        CurrentUser user = librarians.requireContentManager();
        model.addAttribute("runs", imports.recent(user.organisationId()));
        return "bibblix/librarian/import";
    }

    @PostMapping("/bibblix/bibliotekarie/import")
    String upload(@RequestParam(name = "fil", required = false) MultipartFile file, Model model) throws IOException {
        CurrentUser user = librarians.requireContentManager();
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "bibblix.lib.import.missing");
            model.addAttribute("runs", imports.recent(user.organisationId()));
            return "bibblix/librarian/import";
        }
        Path temporary = Files.createTempFile("bibblix-onix-", ".xml");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        String name = file.getOriginalFilename() == null ? "onix.xml" : Path.of(file.getOriginalFilename()).getFileName().toString();
        long run = imports.start(user.organisationId(), name, temporary);
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
