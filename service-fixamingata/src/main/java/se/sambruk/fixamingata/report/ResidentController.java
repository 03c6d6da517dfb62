package se.sambruk.fixamingata.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.PublicFormLimits;
import se.sambruk.fixamingata.EmailAddresses;

/**
 * The residents' pages: no sign-in. Pick a point, pick a category, describe, preview exactly what
 * will be public, send; the report is published when the e-mailed link is followed.
 */
@Controller
class ResidentController {

    static final double NEARBY_METRES = 250;
    static final int NEARBY_LIMIT = 5;

    private final Reporting reporting;
    private final Reports reports;
    private final Categories categories;
    private final CategoryQuestions questions;
    private final se.sambruk.core.MapTiles tiles;
    private final PublicFormLimits limits;
    private final PendingUpdates pending;
    private final se.sambruk.fixamingata.resident.ResidentSession session;

    /** Reports sent for confirmation: per client address and per reporter's address (each one mail). */
    static final PublicFormLimits.Limit REPORTS = new PublicFormLimits.Limit(10, 5, java.time.Duration.ofHours(1));
    /**
     * Residents' updates on a report, each held until its e-mailed link is confirmed (then forwarded
     * to the municipality): per client address, per report and per address the link goes to.
     */
    static final PublicFormLimits.Limit UPDATES = new PublicFormLimits.Limit(10, 20, java.time.Duration.ofHours(1));

    ResidentController(Reporting reporting, Reports reports, Categories categories, CategoryQuestions questions,
                       se.sambruk.core.MapTiles tiles, PublicFormLimits limits, PendingUpdates pending,
                       se.sambruk.fixamingata.resident.ResidentSession session) {
        this.limits = limits;
        this.pending = pending;
        this.session = session;
        this.reporting = reporting;
        this.reports = reports;
        this.categories = categories;
        this.questions = questions;
        this.tiles = tiles;
    }

    @ModelAttribute("tiles")
    se.sambruk.core.MapTiles tiles() {
        return tiles;
    }

    @GetMapping("/fixamingata")
    String start(Model model) {
        model.addAttribute("reportForm", new ReportForm());
        return "fixamingata/start";
    }

    /** Where the pin is decides the municipality and its categories. */
    @GetMapping("/fixamingata/rapportera")
    String place(@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
                 @RequestParam(required = false) String kommun, Model model) {
        ReportForm form = new ReportForm();
        form.setLat(lat);
        form.setLon(lon);
        form.setKommun(kommun);
        return placeOrForm(form, model);
    }

    private String placeOrForm(ReportForm form, Model model) {
        model.addAttribute("reportForm", form);
        var point = Coordinates.parse(form.getLat(), form.getLon());
        if (point.isEmpty()) {
            model.addAttribute("placeError", "fmg.place.invalid");
            return "fixamingata/start";
        }
        Reporting.Location location = form.getKommun() == null || form.getKommun().isBlank()
                ? reporting.locate(point.get().lat(), point.get().lon())
                : reporting.chosen(point.get().lat(), point.get().lon(), form.getKommun());
        if (location instanceof Reporting.Location.NotUsingService other) {
            model.addAttribute("municipality", other.municipality());
            return "fixamingata/not-served";
        }
        if (!(location instanceof Reporting.Location.Served served)) {
            model.addAttribute("placeError", "fmg.place.outside");
            return "fixamingata/start";
        }
        model.addAttribute("served", served);
        if (served.nearBorder()) {
            return "fixamingata/border";
        }
        form.setKommun(served.municipality().kommunkod());
        model.addAttribute("categories", reporting.categoriesOf(served.organisationId(), served.municipality().kommunkod()));
        model.addAttribute("questions", questions.ofOrganisation(served.organisationId()));
        return "fixamingata/form";
    }

    @PostMapping("/fixamingata/rapportera")
    String draft(@ModelAttribute("reportForm") ReportForm form, BindingResult errors,
                 @RequestParam(required = false) List<MultipartFile> photos, Model model, Locale locale) {
        Validated validated = validate(form, errors, photos);
        if (validated == null) {
            return errors.hasFieldErrors("lat") ? placeOrForm(form, model) : reshow(form, model);
        }
        String token = reporting.saveDraft(validated.report(), validated.photos());
        reports.findByManageToken(token).ifPresent(saved -> questions.saveAnswers(saved.id(), validated.answers()));
        return "redirect:/fixamingata/utkast/" + token;
    }

    @GetMapping("/fixamingata/utkast/{token}")
    String preview(@PathVariable String token, Model model) {
        Report draft = draft(token);
        model.addAttribute("report", draft);
        model.addAttribute("municipalityName", reporting.municipalityName(draft.kommunkod()));
        model.addAttribute("nearby", reports.nearbyOpen(draft.categoryId(), draft.lat(), draft.lon(), NEARBY_METRES, NEARBY_LIMIT, draft.id()));
        model.addAttribute("token", token);
        return "fixamingata/preview";
    }

    @GetMapping("/fixamingata/utkast/{token}/andra")
    String edit(@PathVariable String token, Model model) {
        Report draft = draft(token);
        model.addAttribute("token", token);
        ReportForm form = ReportForm.of(draft);
        form.setAnswers(questions.answersByQuestion(draft.id()));
        return reshow(form, model);
    }

    @PostMapping("/fixamingata/utkast/{token}")
    String revise(@PathVariable String token, @ModelAttribute("reportForm") ReportForm form, BindingResult errors,
                  @RequestParam(required = false) List<MultipartFile> photos, Model model) {
        Report draft = draft(token);
        form.setLat(String.valueOf(draft.lat()));
        form.setLon(String.valueOf(draft.lon()));
        form.setKommun(draft.kommunkod());
        Validated validated = validate(form, errors, photos);
        if (validated == null) {
            model.addAttribute("token", token);
            return reshow(form, model);
        }
        reporting.reviseDraft(draft, validated.report(), validated.photos());
        questions.saveAnswers(draft.id(), validated.answers());
        return "redirect:/fixamingata/utkast/" + token;
    }

    @PostMapping("/fixamingata/utkast/{token}/skicka")
    String submit(@PathVariable String token, Model model, Locale locale, jakarta.servlet.http.HttpServletRequest request,
                  RedirectAttributes flash) {
        Report draft = draft(token);
        if (!limits.allow("fixamingata.report", REPORTS, request.getRemoteAddr(), draft.reporterEmail())) {
            flash.addFlashAttribute("errorKey", "fmg.report.tooMany"); // the draft stays as it is
            return "redirect:/fixamingata/utkast/" + token;
        }
        reporting.submit(draft, locale);
        model.addAttribute("email", draft.reporterEmail());
        return "fixamingata/sent";
    }

    /** Instead of a new report: the resident's text goes to a nearby report of the same fault. */
    @PostMapping("/fixamingata/utkast/{token}/lagg-till")
    String addToExisting(@PathVariable String token, @RequestParam(required = false) Long report, RedirectAttributes flash,
                         jakarta.servlet.http.HttpServletRequest request) {
        Report draft = draft(token);
        // counted before the look-up, so every try counts, also one whose report is no longer among the nearest
        if (report != null && !limits.allow("fixamingata.update", UPDATES, request.getRemoteAddr(), "report:" + report,
                draft.reporterEmail().toLowerCase(Locale.ROOT))) {
            flash.addFlashAttribute("errorKey", "fmg.update.tooMany"); // the draft stays as it is
            return "redirect:/fixamingata/utkast/" + token;
        }
        Report existing = report == null ? null : reports.nearbyOpen(draft.categoryId(), draft.lat(), draft.lon(), NEARBY_METRES,
                        NEARBY_LIMIT, draft.id()).stream().filter(nearby -> nearby.id() == report).findFirst()
                .flatMap(nearby -> reports.find(nearby.id())).orElse(null);
        if (existing == null) {
            return "redirect:/fixamingata/utkast/" + token;
        }
        pending.hold(existing, Reporting.ResidentAction.COMMENT, draft.showName() ? draft.reporterName() : null,
                draft.title() + "\n\n" + draft.detail(), draft.reporterEmail());
        reporting.discardDraft(draft);
        flash.addFlashAttribute("flashKey", "fmg.update.sent");
        return "redirect:/fixamingata/rapporter/" + existing.id();
    }

    @GetMapping("/fixamingata/bekrafta/{token}")
    String confirm(@PathVariable String token, RedirectAttributes flash) {
        Report report = reporting.confirm(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        flash.addFlashAttribute("flashKey", "fmg.confirmed");
        return "redirect:/fixamingata/rapporter/" + report.id();
    }

    @GetMapping("/fixamingata/rapporter/{id}")
    String show(@PathVariable long id, Model model, jakarta.servlet.http.HttpServletRequest request) {
        Report report = published(id);
        model.addAttribute("report", report);
        model.addAttribute("municipalityName", reporting.municipalityName(report.kommunkod()));
        model.addAttribute("timeline", reports.timeline(id, false));
        UpdateForm form = new UpdateForm();
        session.current(request).ifPresent(resident -> form.setEmail(resident.email()));
        model.addAttribute("updateForm", form);
        return "fixamingata/report";
    }

    @PostMapping("/fixamingata/rapporter/{id}/uppdateringar")
    String update(@PathVariable long id, @ModelAttribute("updateForm") UpdateForm form, BindingResult errors, Model model,
                  RedirectAttributes flash, jakarta.servlet.http.HttpServletRequest request) {
        Report report = published(id);
        Reporting.ResidentAction action = form.action();
        if (action == null) {
            errors.rejectValue("action", "fmg.update.action.missing");
        }
        String text = form.getText() == null ? "" : form.getText().strip();
        if (text.isEmpty() && action != Reporting.ResidentAction.FIXED) {
            errors.rejectValue("text", "fmg.update.text.missing");
        } else if (text.length() > 5000) {
            errors.rejectValue("text", "fmg.text.tooLong");
        } else if (hasControl(text)) {
            errors.rejectValue("text", "fmg.text.control");
        }
        if (form.getName() != null && (form.getName().length() > 200 || hasControl(form.getName()))) {
            errors.rejectValue("name", "fmg.text.control");
        }
        String email = form.getEmail() == null ? "" : form.getEmail().strip();
        if (email.isEmpty()) {
            errors.rejectValue("email", "fmg.update.email.missing");
        } else if (!EmailAddresses.valid(email)) {
            errors.rejectValue("email", "fmg.email.invalid");
        }
        if (!errors.hasErrors() && !limits.allow("fixamingata.update", UPDATES, request.getRemoteAddr(), "report:" + id,
                email.toLowerCase(Locale.ROOT))) {
            errors.reject("fmg.update.tooMany");
        }
        if (errors.hasErrors()) {
            model.addAttribute("report", report);
            model.addAttribute("municipalityName", reporting.municipalityName(report.kommunkod()));
            model.addAttribute("timeline", reports.timeline(id, false));
            return "fixamingata/report";
        }
        String name = form.getName() == null || form.getName().isBlank() ? null : form.getName().strip();
        boolean signedInAsThem = session.current(request).filter(resident -> resident.email().equalsIgnoreCase(email)).isPresent();
        if (signedInAsThem) {
            reporting.residentUpdate(report, action, name, text);
            flash.addFlashAttribute("flashKey", "fmg.updated." + action.name());
        } else {
            pending.hold(report, action, name, text, email);
            flash.addFlashAttribute("flashKey", "fmg.update.sent");
        }
        return "redirect:/fixamingata/rapporter/" + id;
    }

    /** The link in the confirmation mail shows a button: a mail program that opens links to check them publishes nothing. */
    @GetMapping("/fixamingata/uppdateringar/bekrafta/{token}")
    String confirmUpdatePage(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        PendingUpdates.Pending update = pending.find(token).orElse(null);
        if (update != null && update.status() == PendingUpdates.Status.WAITING) {
            reports.find(update.reportId()).filter(r -> r.state().isPublic()).ifPresent(r -> model.addAttribute("report", r));
            if (model.containsAttribute("report")) {
                model.addAttribute("update", update);
                model.addAttribute("token", token);
                return "fixamingata/update-confirm";
            }
            update = null;
        }
        return unusable(update, model, response);
    }

    @PostMapping("/fixamingata/uppdateringar/bekrafta/{token}")
    String confirmUpdate(@PathVariable String token, Model model, RedirectAttributes flash,
                         jakarta.servlet.http.HttpServletResponse response) {
        PendingUpdates.Pending before = pending.find(token).orElse(null);
        PendingUpdates.Pending update = before == null || before.status() != PendingUpdates.Status.WAITING ? before
                : pending.confirm(token).orElse(null);
        if (update == null || update.status() != PendingUpdates.Status.WAITING) {
            return unusable(update, model, response);
        }
        flash.addFlashAttribute("flashKey", "fmg.updated." + update.action().name());
        return "redirect:/fixamingata/rapporter/" + update.reportId();
    }

    /** A used, expired or unknown link: a page that says so (410 or 404); nothing is published. */
    private static String unusable(PendingUpdates.Pending update, Model model, jakarta.servlet.http.HttpServletResponse response) {
        String problem = update == null ? "UNKNOWN" : update.status().name();
        response.setStatus(update == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("problem", problem);
        if (update != null) {
            model.addAttribute("reportId", update.reportId());
        }
        return "fixamingata/update-unusable";
    }

    @GetMapping("/fixamingata/rapporter/{id}/bilder/{position}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int position) {
        return jpeg(published(id), position);
    }

    @GetMapping("/fixamingata/utkast/{token}/bilder/{position}")
    ResponseEntity<byte[]> draftPhoto(@PathVariable String token, @PathVariable int position) {
        return jpeg(draft(token), position);
    }

    private ResponseEntity<byte[]> jpeg(Report report, int position) {
        List<byte[]> photos = reports.photos(report.id(), false);
        if (position < 0 || position >= photos.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noCache()).body(photos.get(position));
    }

    private Report draft(String token) {
        return reports.findByManageToken(token).filter(r -> r.state() == ReportState.DRAFT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Report published(long id) {
        return reports.find(id).filter(r -> r.state().isPublic()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String reshow(ReportForm form, Model model) {
        var point = Coordinates.parse(form.getLat(), form.getLon());
        Reporting.Location location = point.isEmpty() ? new Reporting.Location.OutsideSweden()
                : reporting.chosen(point.get().lat(), point.get().lon(), form.getKommun());
        if (!(location instanceof Reporting.Location.Served served)) {
            return placeOrForm(form, model);
        }
        model.addAttribute("reportForm", form);
        model.addAttribute("served", served);
        model.addAttribute("categories", reporting.categoriesOf(served.organisationId(), served.municipality().kommunkod()));
        model.addAttribute("questions", questions.ofOrganisation(served.organisationId()));
        return "fixamingata/form";
    }

    private record Validated(NewReport report, List<byte[]> photos, Map<CategoryQuestions.Question, String> answers) {
    }

    /** Checks every field; null (with the errors in {@code errors}) when something is wrong. Nothing is stored on error. */
    private Validated validate(ReportForm form, BindingResult errors, List<MultipartFile> uploads) {
        var point = Coordinates.parse(form.getLat(), form.getLon());
        Reporting.Location location = point.isEmpty() ? null : reporting.chosen(point.get().lat(), point.get().lon(), form.getKommun());
        if (point.isEmpty()) {
            errors.rejectValue("lat", "fmg.place.invalid");
            return null;
        }
        if (!(location instanceof Reporting.Location.Served served)) {
            errors.rejectValue("lat", location instanceof Reporting.Location.OutsideSweden ? "fmg.place.outside" : "fmg.place.notServed");
            return null;
        }
        if (errors.hasFieldErrors("category")) {
            // not a number: the binder's type-mismatch error stands
        } else if (form.getCategory() == null) {
            errors.rejectValue("category", "fmg.category.missing");
        } else if (categories.find(form.getCategory()).filter(c -> c.organisationId() == served.organisationId() && c.active()).isEmpty()) {
            errors.rejectValue("category", "fmg.category.unknown");
        }
        Map<CategoryQuestions.Question, String> answers = errors.hasFieldErrors("category") ? Map.of() : answers(form, errors);
        required(errors, "title", form.getTitle(), 200);
        required(errors, "detail", form.getDetail(), 5000);
        required(errors, "name", form.getName(), 200);
        if (required(errors, "email", form.getEmail(), 320) && !EmailAddresses.valid(form.getEmail().strip())) {
            errors.rejectValue("email", "fmg.email.invalid");
        }
        if (form.getPhone() != null && (form.getPhone().length() > 40 || hasControl(form.getPhone()))) {
            errors.rejectValue("phone", "fmg.phone.tooLong");
        }
        List<byte[]> photos = new ArrayList<>();
        List<MultipartFile> files = uploads == null ? List.of() : uploads.stream().filter(file -> file != null && !file.isEmpty()).toList();
        if (files.size() > Photos.MAX_PHOTOS) {
            errors.reject("fmg.photo.tooMany");
        } else {
            for (MultipartFile file : files) {
                if (file.getSize() > Photos.MAX_BYTES) {
                    errors.reject("fmg.photo.TOO_LARGE", new Object[]{file.getOriginalFilename()}, null);
                    continue;
                }
                try {
                    photos.add(Photos.clean(file.getBytes()));
                } catch (Photos.RefusedPhoto refused) {
                    errors.reject("fmg.photo." + refused.problem().name(), new Object[]{file.getOriginalFilename()}, null);
                } catch (IOException unreadable) {
                    errors.reject("fmg.photo.NOT_AN_IMAGE", new Object[]{file.getOriginalFilename()}, null);
                }
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Validated(new NewReport(served.organisationId(), served.municipality().kommunkod(), form.getCategory(),
                point.get().lat(), point.get().lon(), form.getTitle().strip(), form.getDetail().strip(), form.getName().strip(),
                form.getEmail().strip(), form.getPhone() == null || form.getPhone().isBlank() ? null : form.getPhone().strip(),
                form.isShowName(), "web"), photos, answers);
    }

    /** The answers to the chosen category's questions; a required one left blank is an error. */
    private Map<CategoryQuestions.Question, String> answers(ReportForm form, BindingResult errors) {
        Map<CategoryQuestions.Question, String> answers = new LinkedHashMap<>();
        Map<String, String> typed = form.getAnswers() == null ? Map.of() : form.getAnswers();
        for (CategoryQuestions.Question question : questions.of(form.getCategory())) {
            String field = "answers[" + question.id() + "]";
            String answer = typed.get(String.valueOf(question.id()));
            if (answer == null || answer.isBlank()) {
                if (question.required()) {
                    errors.rejectValue(field, "fmg.question.missing", new Object[]{question.label()}, null);
                }
            } else if (answer.length() > 2000) {
                errors.rejectValue(field, "fmg.text.tooLong");
            } else if (hasControl(answer)) {
                errors.rejectValue(field, "fmg.text.control");
            } else {
                answers.put(question, answer.strip());
            }
        }
        return answers;
    }

    static boolean hasControl(String value) {
        return value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f);
    }

    private static boolean required(BindingResult errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "fmg." + field + ".missing");
            return false;
        }
        if (value.length() > max) {
            errors.rejectValue(field, "fmg.text.tooLong");
            return false;
        }
        if (hasControl(value)) {
            errors.rejectValue(field, "fmg.text.control");
            return false;
        }
        return true;
    }
}
