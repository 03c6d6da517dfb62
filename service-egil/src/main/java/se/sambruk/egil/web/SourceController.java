package se.sambruk.egil.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.CurrentUser;
import se.sambruk.egil.schooldata.SchoolDataStore;
import se.sambruk.egil.sources.Source;
import se.sambruk.egil.sources.SourceReading;
import se.sambruk.egil.sources.Sources;
import se.sambruk.schooldata.SchoolDataConnectionForm;
import se.sambruk.schooldata.SchoolDataReads;

/**
 * The organiser's sources. An API source's connection is platform-schooldata's stored connection
 * (the same form and run list as UKA's and Tillarbetslivet's): saved, tested, read in full or by
 * changes; a CSV source takes uploads.
 */
@Controller
class SourceController {

    private static final long MAX_CSV_BYTES = 20L * 1024 * 1024;
    static final int RUNS_SHOWN = 10;

    private final Sources sources;
    private final SourceReading reading;
    private final SchoolDataStore store;

    SourceController(Sources sources, SourceReading reading, SchoolDataStore store) {
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
    String create(@Valid @ModelAttribute("sourceForm") SourceForm form, BindingResult errors, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        CurrentUser user = EgilAdmin.require();
        BindingResult shown = errors;
        if (form.getKind() == Source.Kind.CSV) {
            // a CSV source has no connection: only its name and kind are checked
            shown = new BeanPropertyBindingResult(form, "sourceForm");
            for (var error : errors.getAllErrors()) {
                if (!(error instanceof FieldError field && SourceForm.CONNECTION_FIELDS.contains(field.getField()))) {
                    shown.addError(error);
                }
            }
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "sourceForm", shown);
        }
        if (form.getKind() != Source.Kind.SS12000 && shown.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "egil/source-form";
        }
        // an API source: the connection's own checks (the addresses through the outgoing-URL guard, the secret) run even when
        // the form has other errors, so every reason is shown at once; nothing is saved unless all pass
        var source = reading.create(user.organisationId(), form.getName() == null ? "" : form.getName().strip(), form.getKind(), form, errors,
                user.name());
        if (source.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "egil/source-form";
        }
        flash.addFlashAttribute("flashKey", "egil.source.created");
        return "redirect:/egil/sources/" + source.get().getId();
    }

    @GetMapping("/egil/sources/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = EgilAdmin.require();
        Source source = find(user, id);
        SchoolDataConnectionForm form = new SchoolDataConnectionForm();
        if (source.getKind() == Source.Kind.SS12000) {
            reading.connection(source).ifPresent(form::fill);
        }
        model.addAttribute("schoolDataForm", form);
        return page(user, source, model);
    }

    private String page(CurrentUser user, Source source, Model model) {
        model.addAttribute("source", source);
        model.addAttribute("problems", store.problems(user.organisationId(), source.getId()));
        model.addAttribute("problemCount", store.problemCount(user.organisationId(), source.getId()));
        boolean api = source.getKind() == Source.Kind.SS12000;
        model.addAttribute("connection", api ? reading.connection(source).orElse(null) : null);
        model.addAttribute("runs", api ? reading.runs(source, RUNS_SHOWN) : java.util.List.of());
        model.addAttribute("secretsConfigured", reading.secretsConfigured());
        return "egil/source";
    }

    @PostMapping("/egil/sources/{id}/connection")
    String saveConnection(@PathVariable long id, @Valid @ModelAttribute("schoolDataForm") SchoolDataConnectionForm form, BindingResult errors,
                          Model model, HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = EgilAdmin.require();
        Source source = api(user, id);
        if (!reading.saveConnection(source, form, errors, user.name())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(user, source, model);
        }
        flash.addFlashAttribute("flashKey", "egil.ss12000.saved");
        return "redirect:/egil/sources/" + id;
    }

    @PostMapping("/egil/sources/{id}/test")
    String test(@PathVariable long id, Model model, HttpServletResponse response) {
        CurrentUser user = EgilAdmin.require();
        Source source = api(user, id);
        SchoolDataReads.Test test = reading.test(source);
        if (!test.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("test", test);
        return show(id, model);
    }

    @PostMapping("/egil/sources/{id}/read")
    String read(@PathVariable long id, @RequestParam(defaultValue = "changes") String mode, RedirectAttributes flash) {
        CurrentUser user = EgilAdmin.require();
        Source source = find(user, id);
        if (source.getKind() != Source.Kind.SS12000) {
            flash.addFlashAttribute("error", "egil.source.notApi");
            return "redirect:/egil/sources/" + id;
        }
        try {
            SourceReading.Outcome outcome = reading.read(source, "full".equals(mode), "MANUAL", user.name());
            flash.addFlashAttribute("readResult", new int[] {outcome.objects(), outcome.deleted(), outcome.problems().size()});
        } catch (SourceReading.ReadFailed e) {
            flash.addFlashAttribute("error", "egil.source.readFailed");
            flash.addFlashAttribute("errorDetail", e.getMessage()); // the safe reason, never the remote body
        }
        return "redirect:/egil/sources/" + id;
    }

    @PostMapping("/egil/sources/{id}/upload")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
            throws IOException {
        CurrentUser user = EgilAdmin.require();
        Source source = find(user, id);
        if (file == null || file.isEmpty() || file.getSize() > MAX_CSV_BYTES) {
            flash.addFlashAttribute("error", "egil.source.csvMissing");
            return "redirect:/egil/sources/" + id;
        }
        SourceReading.Outcome outcome = reading.importCsv(source, file.getBytes());
        flash.addFlashAttribute("readResult", new int[] {outcome.objects(), 0, outcome.problems().size()});
        return "redirect:/egil/sources/" + id;
    }

    private Source find(CurrentUser user, long id) {
        return sources.findByIdAndOrganisationId(id, user.organisationId()).orElseThrow(EgilAdmin.NotFound::new);
    }

    /** The organisation's API source; a CSV source has no connection (404). */
    private Source api(CurrentUser user, long id) {
        Source source = find(user, id);
        if (source.getKind() != Source.Kind.SS12000) {
            throw new EgilAdmin.NotFound();
        }
        return source;
    }
}
