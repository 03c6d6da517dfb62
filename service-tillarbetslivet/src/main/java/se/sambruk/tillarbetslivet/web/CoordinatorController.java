package se.sambruk.tillarbetslivet.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import se.sambruk.core.AuditLog;
import se.sambruk.core.Notifications;
import se.sambruk.core.PublicFormLimits;
import se.sambruk.tillarbetslivet.workplace.Workplaces;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.charts.BarChart;
import se.sambruk.core.documents.UnreadableFile;
import se.sambruk.tillarbetslivet.allocation.AllocationRule;
import se.sambruk.tillarbetslivet.placement.GuardianNotices;
import se.sambruk.tillarbetslivet.placement.PlacementRecords;
import se.sambruk.tillarbetslivet.season.Allocations;
import se.sambruk.tillarbetslivet.season.BirthDate;
import se.sambruk.tillarbetslivet.season.Placements;
import se.sambruk.tillarbetslivet.season.PupilImport;

/** The coordinator's pages: overview, class lists with choices, places, allocation runs. */
@Controller
class CoordinatorController {

    private static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final Placements placements;
    private final se.sambruk.tillarbetslivet.choosing.PlacePositions positions;
    private final PupilImport pupilImport;
    private final Allocations allocations;
    private final AuditLog audit;
    private final MessageSource messages;
    private final PlacementRecords records;
    private final Workplaces workplaces;
    private final se.sambruk.tillarbetslivet.workplace.Offers offers;
    private final GuardianNotices guardianNotices;
    private final PublicFormLimits limits;
    private final Notifications notifications;
    private final String publicUrl;
    private final se.sambruk.tillarbetslivet.season.PlaceEdits edits;

    CoordinatorController(Placements placements, PupilImport pupilImport, Allocations allocations, AuditLog audit, MessageSource messages,
                          PlacementRecords records, Workplaces workplaces, GuardianNotices guardianNotices, PublicFormLimits limits,
                          Notifications notifications, se.sambruk.tillarbetslivet.workplace.Offers offers,
                          se.sambruk.tillarbetslivet.choosing.PlacePositions positions, se.sambruk.tillarbetslivet.season.PlaceEdits edits,
                          @Value("${sambruk.public-url:${SAMBRUK_PUBLIC_URL:http://localhost:8080}}") String publicUrl) {
        this.positions = positions;
        this.edits = edits;
        this.records = records;
        this.workplaces = workplaces;
        this.offers = offers;
        this.guardianNotices = guardianNotices;
        this.limits = limits;
        this.notifications = notifications;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.placements = placements;
        this.pupilImport = pupilImport;
        this.allocations = allocations;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/tillarbetslivet")
    String overview(Model model) {
        long org = Coordinator.require().organisationId();
        model.addAttribute("schools", placements.schools(org));
        model.addAttribute("pupilCount", placements.pupilCount(org));
        model.addAttribute("places", placements.places(org));
        model.addAttribute("runs", allocations.runs(org));
        model.addAttribute("newOffers", offers.ofOrganisation(org, se.sambruk.tillarbetslivet.workplace.Offers.Status.SIGNED).size());
        model.addAttribute("rules", AllocationRule.values());
        model.addAttribute("seed", System.currentTimeMillis() % 1_000_000);
        return "tillarbetslivet/overview";
    }

    @GetMapping("/tillarbetslivet/pupils")
    String pupils(Model model) {
        long org = Coordinator.require().organisationId();
        var pupils = placements.pupils(org);
        model.addAttribute("pupils", pupils);
        model.addAttribute("choiceCounts", placements.choices(org).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())));
        audit.personalDataRead("tillarbetslivet.pupils", null, org, pupils.size() + " pupils listed");
        return "tillarbetslivet/pupils";
    }

    @GetMapping("/tillarbetslivet/pupils/{id}")
    String pupil(@PathVariable long id, Model model) {
        long org = Coordinator.require().organisationId();
        var pupil = placements.pupil(org, id).orElseThrow(Coordinator.NotFound::new);
        PlacementForm form = new PlacementForm();
        allocations.publishedPlace(org, id).ifPresent(form::setPlaceId);
        List<PlacementRecords.Period> periods = records.periodsOfSchool(org, pupil.schoolId());
        if (periods.size() == 1) {
            form.setPeriodId(periods.get(0).id());
        }
        model.addAttribute("placementForm", form);
        return pupilPage(org, pupil, model);
    }

    private String pupilPage(long org, Placements.Pupil pupil, Model model) {
        Map<Long, Placements.Place> places = placesById(org);
        List<PlacementRecords.Period> periods = records.periodsOfSchool(org, pupil.schoolId());
        model.addAttribute("pupil", pupil);
        model.addAttribute("bornOn", placements.bornOn(org, pupil.id()).orElse(null));
        if (!model.containsAttribute("guardianLanguage")) {
            model.addAttribute("guardianLanguage", placements.language(org, pupil.id()));
        }
        model.addAttribute("choices", placements.choicesOf(org, pupil.id()).stream().map(places::get).toList());
        model.addAttribute("periods", periods);
        model.addAttribute("allPlaces", places.values());
        model.addAttribute("pupilPlacements", records.placementsOfPupil(org, pupil.id()).stream()
                .map(p -> new PlacementView(p, records.period(org, p.periodId()).orElseThrow(), places.get(p.placeId()),
                        guardianNotices.notice(org, p.id()).orElse(null))).toList());
        if (!model.containsAttribute("choicesForm")) {
            model.addAttribute("choicesForm", ChoicesForm.of(placements.choicesOf(org, pupil.id())));
        }
        if (!model.containsAttribute("guardianEmails")) {
            model.addAttribute("guardianEmails", placements.guardianEmails(org, pupil.id()));
        }
        audit.personalDataRead("tillarbetslivet.pupil", pupil.id(), org, "pupil, choices and placements");
        return "tillarbetslivet/pupil";
    }

    /** A placement with its period and place, for lists. */
    record PlacementView(PlacementRecords.Placement placement, PlacementRecords.Period period, Placements.Place place,
                         GuardianNotices.Notice notice) {
    }

    @PostMapping("/tillarbetslivet/pupils/{id}/choices")
    String choices(@PathVariable long id, @ModelAttribute("choicesForm") ChoicesForm form, BindingResult errors, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        var pupil = placements.pupil(org, id).orElseThrow(Coordinator.NotFound::new);
        Map<Long, Placements.Place> places = placesById(org);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 6; i++) {
            Long place = form.all().get(i);
            String field = "val" + (i + 1);
            if (place == null || errors.hasFieldErrors(field)) {
                continue;
            }
            if (!places.containsKey(place)) {
                errors.rejectValue(field, "tal.adjust.noSuchPlace");
            } else if (!seen.add(place)) {
                errors.rejectValue(field, "tal.choices.twice");
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            model.addAttribute("placementForm", new PlacementForm());
            return pupilPage(org, pupil, model);
        }
        placements.setChoices(org, id, form.choices());
        audit.personalDataChanged("tillarbetslivet.pupil", id, org, form.choices().size() + " choices entered by hand");
        flash.addFlashAttribute("done", "tal.choices.saved");
        return "redirect:/tillarbetslivet/pupils/" + id;
    }

    @PostMapping("/tillarbetslivet/pupils/{id}/guardians")
    String guardians(@PathVariable long id, @RequestParam(defaultValue = "") String emails, @RequestParam(defaultValue = "sv") String language,
                     Model model, HttpServletResponse response, RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        var pupil = placements.pupil(org, id).orElseThrow(Coordinator.NotFound::new);
        List<String> parsed = emails.length() > 700 ? null : GuardianNotices.parseEmails(emails);
        String error = parsed == null ? "tal.guardians.badEmails" : parsed.size() > GuardianNotices.MAX_GUARDIANS ? "tal.guardians.tooMany" : null;
        String lang = language.length() > 20 ? null : Placements.languageOf(language);
        if (error == null && lang == null) {
            error = "tal.guardians.badLanguage";
        }
        if (error != null) {
            response.setStatus(400);
            model.addAttribute("guardianEmails", emails);
            model.addAttribute("guardianError", error);
            model.addAttribute("guardianLanguage", lang == null ? "sv" : lang);
            PlacementForm form = new PlacementForm();
            model.addAttribute("placementForm", form);
            return pupilPage(org, pupil, model);
        }
        placements.setGuardianEmails(org, id, parsed);
        placements.setLanguage(org, id, lang);
        audit.personalDataChanged("tillarbetslivet.pupil", id, org, parsed.size() + " guardian addresses saved");
        flash.addFlashAttribute("done", "tal.guardians.saved");
        return "redirect:/tillarbetslivet/pupils/" + id;
    }

    @PostMapping("/tillarbetslivet/pupils/{id}/born")
    String bornOn(@PathVariable long id, @RequestParam(defaultValue = "") String bornOn, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        var pupil = placements.pupil(org, id).orElseThrow(Coordinator.NotFound::new);
        BirthDate.Checked checked = BirthDate.check(bornOn.length() > 40 ? "x" : bornOn, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")));
        if (!checked.ok()) {
            response.setStatus(400);
            model.addAttribute("bornOnInput", bornOn.length() > 40 ? "" : bornOn);
            model.addAttribute("bornOnError", checked.error());
            model.addAttribute("placementForm", new PlacementForm());
            return pupilPage(org, pupil, model);
        }
        placements.setBornOn(org, id, checked.date());
        audit.personalDataChanged("tillarbetslivet.pupil", id, org, checked.date() == null ? "date of birth removed by hand" : "date of birth set by hand");
        flash.addFlashAttribute("done", "tal.born.saved");
        return "redirect:/tillarbetslivet/pupils/" + id;
    }

    @PostMapping("/tillarbetslivet/pupils/{id}/placements")
    String place(@PathVariable long id, @Valid @ModelAttribute("placementForm") PlacementForm form, BindingResult errors, Model model,
                 HttpServletResponse response) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        var pupil = placements.pupil(org, id).orElseThrow(Coordinator.NotFound::new);
        PlacementRecords.Period period = null;
        if (form.getPeriodId() != null) {
            period = records.period(org, form.getPeriodId()).filter(p -> p.schoolId() == pupil.schoolId()).orElse(null);
            if (period == null) {
                errors.rejectValue("periodId", "tal.placement.noSuchPeriod");
            } else if (!period.kind().allows(pupil.schoolYear())) {
                errors.rejectValue("periodId", "tal.placement.wrongYear", new Object[] {text("tal.kind." + period.kind()), pupil.schoolYear()}, null);
            } else if (records.placed(org, id, period.id())) {
                errors.rejectValue("periodId", "tal.placement.alreadyPlaced");
            }
        }
        if (form.getPlaceId() != null) {
            var place = placements.place(org, form.getPlaceId()).orElse(null);
            if (place == null) {
                errors.rejectValue("placeId", "tal.adjust.noSuchPlace");
            } else if (period != null && (place.endsOn().isBefore(period.startsOn()) || place.startsOn().isAfter(period.endsOn()))) {
                errors.rejectValue("placeId", "tal.placement.notInPeriod", new Object[] {place.startsOn(), place.endsOn()}, null);
            } else if (period != null && records.placedAt(org, place.id(), period.startsOn(), period.endsOn()) >= place.seats()) {
                errors.rejectValue("placeId", "tal.adjust.full");
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return pupilPage(org, pupil, model);
        }
        long placement = records.addPlacement(org, id, form.getPeriodId(), form.getPlaceId(), user.name());
        audit.personalDataChanged("tillarbetslivet.placement", placement, org, "pupil " + id + " placed at place " + form.getPlaceId());
        return "redirect:/tillarbetslivet/placements/" + placement;
    }

    @PostMapping("/tillarbetslivet/pupils/import")
    String importPupils(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response,
                        RedirectAttributes flash) throws IOException {
        long org = Coordinator.require().organisationId();
        if (file == null || file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
            return importFailed(model, response, List.of(text("tal.import.missing")));
        }
        PupilImport.Outcome outcome;
        try {
            outcome = pupilImport.importFile(org, file.getBytes());
        } catch (UnreadableFile e) {
            return importFailed(model, response, List.of(text("tal.import.unreadable") + " " + e.getMessage()));
        }
        if (!outcome.ok()) {
            return importFailed(model, response, outcome.errors().stream().map(Object::toString).toList());
        }
        flash.addFlashAttribute("imported", outcome.imported());
        return "redirect:/tillarbetslivet/pupils";
    }

    private String importFailed(Model model, HttpServletResponse response, List<String> errors) {
        response.setStatus(400);
        model.addAttribute("importErrors", errors);
        return "tillarbetslivet/import-failed";
    }

    @GetMapping("/tillarbetslivet/places")
    String places(Model model) {
        long org = Coordinator.require().organisationId();
        model.addAttribute("places", placements.places(org));
        return "tillarbetslivet/places";
    }

    @GetMapping("/tillarbetslivet/places/new")
    String newPlace(Model model) {
        Coordinator.require();
        model.addAttribute("placeForm", new PlaceForm());
        return "tillarbetslivet/place-form";
    }

    @PostMapping("/tillarbetslivet/places")
    String createPlace(@Valid @ModelAttribute("placeForm") PlaceForm form, BindingResult errors, HttpServletResponse response,
                       org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            errors.rejectValue("endsOn", "tal.place.endsBeforeStart");
        }
        if (form.getCode() != null && !form.getCode().isBlank() && placements.codeTaken(org, form.getCode().trim())) {
            errors.rejectValue("code", "tal.place.codeTaken");
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return "tillarbetslivet/place-form";
        }
        long id = placements.addPlace(org, new Placements.Place(0, form.getCode().trim().toUpperCase(java.util.Locale.ROOT),
                form.getWorkplace().trim(), form.getTrade().trim(), form.getAddress().trim(), form.getSeats(), form.getStartsOn(),
                form.getEndsOn(), form.getMinAge(), form.getSupervisor().trim(), form.getSupervisorEmail().trim()),
                form.getArea() == null ? "" : form.getArea().strip());
        audit.personalDataChanged("tillarbetslivet.place", id, org, "place registered");
        if (positions.enabled()) {
            // after the save, never blocking it: the pupils' search by distance needs the position
            flash.addFlashAttribute("position", positions.position(org, id, form.getAddress().trim()) ? "tal.place.positioned" : "tal.place.noPosition");
        }
        return "redirect:/tillarbetslivet/places/" + id;
    }

    @GetMapping("/tillarbetslivet/places/{id}")
    String place(@PathVariable long id, Model model) {
        long org = Coordinator.require().organisationId();
        Placements.Place place = placements.place(org, id).orElseThrow(Coordinator.NotFound::new);
        model.addAttribute("inviteEmail", place.supervisorEmail());
        return placePage(org, place, model);
    }

    private String placePage(long org, Placements.Place place, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("workplace", workplaces.ofPlace(org, place.id()).orElse(null));
        model.addAttribute("terms", edits.terms(org, place.id()).orElse(null));
        var position = positions.of(org, place.id()).orElse(null);
        model.addAttribute("placePosition", position);
        model.addAttribute("geocoderOn", positions.enabled());
        if (!model.containsAttribute("latInput")) {
            model.addAttribute("latInput", position == null ? "" : String.valueOf(position.lat()));
            model.addAttribute("lonInput", position == null ? "" : String.valueOf(position.lon()));
        }
        if (!model.containsAttribute("riskAssessment")) {
            model.addAttribute("riskAssessment", placements.riskAssessment(org, place.id()));
        }
        audit.personalDataRead("tillarbetslivet.place", place.id(), org, "place with supervisor");
        return "tillarbetslivet/place";
    }

    @PostMapping("/tillarbetslivet/places/{id}/risk")
    String riskAssessment(@PathVariable long id, @RequestParam(defaultValue = "") String riskAssessment, Model model,
                          HttpServletResponse response, RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        Placements.Place place = placements.place(org, id).orElseThrow(Coordinator.NotFound::new);
        String text = riskAssessment.strip();
        if (text.length() > 4000) {
            response.setStatus(400);
            model.addAttribute("riskAssessment", riskAssessment);
            model.addAttribute("riskError", "tal.risk.tooLong");
            model.addAttribute("inviteEmail", place.supervisorEmail());
            return placePage(org, place, model);
        }
        placements.setRiskAssessment(org, id, text);
        audit.personalDataChanged("tillarbetslivet.place", id, org, "risk assessment saved");
        flash.addFlashAttribute("done", "tal.risk.saved");
        return "redirect:/tillarbetslivet/places/" + id;
    }

    /** s10-tal: the coordinator sets or corrects the place's position by hand (WGS 84, inside Sweden); nothing is saved on bad input. */
    @PostMapping("/tillarbetslivet/places/{id}/position")
    String setPosition(@PathVariable long id, @RequestParam(defaultValue = "") String lat, @RequestParam(defaultValue = "") String lon,
                       Model model, HttpServletResponse response, RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        Placements.Place place = placements.place(org, id).orElseThrow(Coordinator.NotFound::new);
        var checked = se.sambruk.tillarbetslivet.choosing.ManualPosition.check(lat, lon);
        if (!checked.ok()) {
            response.setStatus(400);
            model.addAttribute("positionErrors", checked.errors());
            model.addAttribute("latInput", lat.length() > 40 ? "" : lat);
            model.addAttribute("lonInput", lon.length() > 40 ? "" : lon);
            model.addAttribute("inviteEmail", place.supervisorEmail());
            return placePage(org, place, model);
        }
        positions.setByHand(org, id, checked.point());
        audit.personalDataChanged("tillarbetslivet.place", id, org,
                "position set by hand: " + checked.point().lat() + ", " + checked.point().lon());
        flash.addFlashAttribute("done", "tal.position.saved");
        return "redirect:/tillarbetslivet/places/" + id;
    }

    /** s10-tal: asks the geocoder again for the place's address (e.g. it was down at the save); a position set by hand is replaced only when found. */
    @PostMapping("/tillarbetslivet/places/{id}/position/geocode")
    String geocodeAgain(@PathVariable long id, RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        Placements.Place place = placements.place(org, id).orElseThrow(Coordinator.NotFound::new);
        if (!positions.enabled()) {
            flash.addFlashAttribute("position", "tal.position.noGeocoder");
        } else {
            boolean found = positions.position(org, id, place.address());
            flash.addFlashAttribute("position", found ? "tal.place.positioned" : "tal.position.notFoundKept");
            if (found) {
                audit.personalDataChanged("tillarbetslivet.place", id, org, "position from the address again");
            }
        }
        return "redirect:/tillarbetslivet/places/" + id;
    }

    /** Removes the supervisor of the place's workplace: their access to its places and pupils ends at once. */
    @PostMapping("/tillarbetslivet/places/{id}/supervisor/remove")
    String removeSupervisor(@PathVariable long id, RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        Placements.Place place = placements.place(org, id).orElseThrow(Coordinator.NotFound::new);
        if (workplaces.removeSupervisor(org, place.id())) {
            audit.personalDataChanged("tillarbetslivet.workplace", id, org, "supervisor removed from the workplace of place " + place.code());
            flash.addFlashAttribute("done", "tal.supervisor.removed");
        }
        return "redirect:/tillarbetslivet/places/" + id;
    }

    /** Invitations: 30 a day from one address, 3 a day to one recipient. */
    static final PublicFormLimits.Limit INVITATIONS = new PublicFormLimits.Limit(30, 3, java.time.Duration.ofDays(1));
    static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    @PostMapping("/tillarbetslivet/places/{id}/invite")
    String invite(@PathVariable long id, @RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        Placements.Place place = placements.place(org, id).orElseThrow(Coordinator.NotFound::new);
        String address = email.strip();
        String error = null;
        if (address.length() > 200 || !EMAIL.matcher(address).matches()) {
            error = "tal.invite.badEmail";
        } else if (!limits.allow("tillarbetslivet.invitation", INVITATIONS, request.getRemoteAddr(), address.toLowerCase(java.util.Locale.ROOT))) {
            error = "tal.invite.limited";
        }
        if (error != null) {
            response.setStatus(error.equals("tal.invite.limited") ? 429 : 400);
            model.addAttribute("inviteEmail", address);
            model.addAttribute("inviteError", error);
            return placePage(org, place, model);
        }
        String token = workplaces.invite(org, id, place.workplace(), address, user.name());
        notifications.email(address, text("tal.invite.subject"),
                text("tal.invite.text", place.workplace(), publicUrl + "/e-tjanster/tillarbetslivet/inbjudan/" + token, Workplaces.INVITATION_DAYS));
        audit.personalDataChanged("tillarbetslivet.workplace", id, org, "workplace of place " + place.code() + " invited by e-mail");
        flash.addFlashAttribute("done", "tal.invite.sent");
        return "redirect:/tillarbetslivet/places/" + id;
    }

    @PostMapping("/tillarbetslivet/runs")
    String run(@RequestParam AllocationRule rule, @RequestParam long seed) {
        CurrentUser user = Coordinator.require();
        long id = allocations.run(user.organisationId(), rule, seed, user.name());
        return "redirect:/tillarbetslivet/runs/" + id;
    }

    @GetMapping("/tillarbetslivet/runs/{id}")
    String showRun(@PathVariable long id, Model model) {
        long org = Coordinator.require().organisationId();
        Allocations.Run run = allocations.find(org, id).orElseThrow(Coordinator.NotFound::new);
        var results = allocations.results(org, id);
        Map<Long, Placements.Pupil> pupils = placements.pupils(org).stream()
                .collect(Collectors.toMap(Placements.Pupil::id, Function.identity()));
        Map<Long, Placements.Place> places = placesById(org);
        Map<Long, Integer> free = allocations.freeSeats(org, id);
        Map<Integer, Integer> byRank = allocations.countByChoiceRank(org, id);
        BarChart chart = BarChart.of(text("tal.run.shareChart")).columns();
        Map<String, String> shares = new LinkedHashMap<>();
        for (Map.Entry<Integer, Integer> entry : byRank.entrySet()) {
            String label = entry.getKey() == 0 ? text("tal.run.none") : text("tal.run.choiceN", entry.getKey());
            chart.bar(label, entry.getValue());
            shares.put(label, entry.getValue() + " (" + Math.round(100.0 * entry.getValue() / Math.max(1, results.size())) + " %)");
        }
        model.addAttribute("run", run);
        model.addAttribute("results", results);
        model.addAttribute("pupils", pupils);
        model.addAttribute("places", places);
        model.addAttribute("free", free);
        model.addAttribute("freePlaces", places.values().stream().filter(p -> free.getOrDefault(p.id(), 0) > 0).toList());
        model.addAttribute("unplaced", results.stream().filter(r -> !r.placed()).toList());
        model.addAttribute("shareChart", chart.build());
        model.addAttribute("shares", shares);
        audit.personalDataRead("tillarbetslivet.run", id, org, results.size() + " pupils' outcomes");
        return "tillarbetslivet/run";
    }

    @PostMapping("/tillarbetslivet/runs/{id}/adjust")
    String adjust(@PathVariable long id, @RequestParam long pupil, @RequestParam(required = false) Long place,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        allocations.find(user.organisationId(), id).orElseThrow(Coordinator.NotFound::new);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            flash.addFlashAttribute("error", "tal.adjust.reasonRequired");
            return "redirect:/tillarbetslivet/runs/" + id;
        }
        try {
            allocations.adjust(user.organisationId(), id, pupil, place, why, user.name());
            flash.addFlashAttribute("done", "tal.adjust.done");
        } catch (Allocations.Refused refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/tillarbetslivet/runs/" + id;
    }

    @PostMapping("/tillarbetslivet/runs/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        allocations.find(org, id).orElseThrow(Coordinator.NotFound::new);
        try {
            allocations.publish(org, id);
            flash.addFlashAttribute("done", "tal.publish.done");
        } catch (Allocations.Refused refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/tillarbetslivet/runs/" + id;
    }

    private Map<Long, Placements.Place> placesById(long org) {
        Map<Long, Placements.Place> places = new LinkedHashMap<>();
        placements.places(org).forEach(p -> places.put(p.id(), p));
        return places;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
