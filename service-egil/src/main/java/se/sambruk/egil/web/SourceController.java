package se.sambruk.egil.web;

import java.io.IOException;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.core.http.RemoteAnswers;
import se.sambruk.egil.schooldata.SchoolDataStore;
import se.sambruk.egil.sources.Source;
import se.sambruk.egil.sources.SourceReading;
import se.sambruk.egil.sources.Sources;

@Controller
class SourceController {

    private static final long MAX_CSV_BYTES = 20L * 1024 * 1024;

    private final Sources sources;
    private final SourceReading reading;
    private final SchoolDataStore store;
    private final OutgoingUrls outgoing;

    SourceController(Sources sources, SourceReading reading, SchoolDataStore store, OutgoingUrls outgoing) {
        this.outgoing = outgoing;
        this.sources = sources;
        this.reading = reading;
        this.store = store;
    }

    @GetMapping("/egil/sources/new")
    String newSource(Model model) {
        EgilAdmin.require();
        model.addAttribute("sourceForm", new SourceForm());
        return "egil/source-form";
    }

    @PostMapping("/egil/sources")
    String create(@Valid @ModelAttribute("sourceForm") SourceForm form, BindingResult errors, RedirectAttributes flash) {
        CurrentUser user = EgilAdmin.require();
        outgoing.reject(errors, "baseUrl", form.getBaseUrl());
        outgoing.reject(errors, "tokenUrl", form.getTokenUrl());
        if (form.getKind() == Source.Kind.SS12000) {
            requireText(form.getBaseUrl(), "baseUrl", errors);
            requireText(form.getTokenUrl(), "tokenUrl", errors);
            requireText(form.getClientId(), "clientId", errors);
            requireText(form.getClientSecret(), "clientSecret", errors);
        }
        if (errors.hasErrors()) {
            return "egil/source-form";
        }
        Source source = new Source(user.organisationId(), form.getName().trim(), form.getKind());
        if (form.getKind() == Source.Kind.SS12000) {
            source.setBaseUrl(form.getBaseUrl().trim());
            source.setTokenUrl(form.getTokenUrl().trim());
            source.setClientId(form.getClientId().trim());
            source.setClientSecretCipher(reading.sealClientSecret(form.getClientSecret()));
            source.setScope(blankToNull(form.getScope()));
        }
        sources.save(source);
        flash.addFlashAttribute("flashKey", "egil.source.created");
        return "redirect:/egil/sources/" + source.getId();
    }

    @GetMapping("/egil/sources/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = EgilAdmin.require();
        Source source = sources.findByIdAndOrganisationId(id, user.organisationId()).orElseThrow(EgilAdmin.NotFound::new);
        model.addAttribute("source", source);
        model.addAttribute("problems", store.problems(user.organisationId(), id));
        model.addAttribute("problemCount", store.problemCount(user.organisationId(), id));
        return "egil/source";
    }

    @PostMapping("/egil/sources/{id}/read")
    String read(@PathVariable long id, @RequestParam(defaultValue = "changes") String mode, RedirectAttributes flash) {
        CurrentUser user = EgilAdmin.require();
        Source source = sources.findByIdAndOrganisationId(id, user.organisationId()).orElseThrow(EgilAdmin.NotFound::new);
        if (source.getKind() != Source.Kind.SS12000) {
            flash.addFlashAttribute("error", "egil.source.notApi");
            return "redirect:/egil/sources/" + id;
        }
        try {
            SourceReading.Outcome outcome = "full".equals(mode) ? reading.readFull(source) : reading.readChanges(source);
            flash.addFlashAttribute("readResult", new int[] {outcome.objects(), outcome.deleted(), outcome.problems().size()});
        } catch (RuntimeException e) {
            flash.addFlashAttribute("error", "egil.source.readFailed");
            flash.addFlashAttribute("errorDetail", RemoteAnswers.reason(e)); // never the remote body
        }
        return "redirect:/egil/sources/" + id;
    }

    @PostMapping("/egil/sources/{id}/upload")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
            throws IOException {
        CurrentUser user = EgilAdmin.require();
        Source source = sources.findByIdAndOrganisationId(id, user.organisationId()).orElseThrow(EgilAdmin.NotFound::new);
        if (file == null || file.isEmpty() || file.getSize() > MAX_CSV_BYTES) {
            flash.addFlashAttribute("error", "egil.source.csvMissing");
            return "redirect:/egil/sources/" + id;
        }
        SourceReading.Outcome outcome = reading.importCsv(source, file.getBytes());
        flash.addFlashAttribute("readResult", new int[] {outcome.objects(), 0, outcome.problems().size()});
        return "redirect:/egil/sources/" + id;
    }

    private static void requireText(String value, String field, BindingResult errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "egil.validation.required");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
