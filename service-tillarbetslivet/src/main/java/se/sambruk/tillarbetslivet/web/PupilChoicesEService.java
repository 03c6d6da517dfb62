package se.sambruk.tillarbetslivet.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.Notifications;
import se.sambruk.core.OrganisationNumber;
import se.sambruk.core.PublicFormLimits;
import se.sambruk.tillarbetslivet.choosing.ChoiceRules;
import se.sambruk.tillarbetslivet.choosing.Distance;
import se.sambruk.tillarbetslivet.choosing.PlacePositions;
import se.sambruk.tillarbetslivet.choosing.FoundPlaces;
import se.sambruk.tillarbetslivet.choosing.PupilChoices;
import se.sambruk.tillarbetslivet.choosing.PupilKey;
import se.sambruk.tillarbetslivet.placement.PlacementRecords;
import se.sambruk.tillarbetslivet.season.Allocations;
import se.sambruk.tillarbetslivet.workplace.ServingMunicipalities;

/**
 * The pupil's own choices: a pupil signed in with e-legitimation (matched to the pupil record by the
 * keyed hash of the personnummer, in a municipality that uses the service) searches the place bank
 * of the period whose choosing window is open, ranks up to the period's maximum with buttons (no
 * dragging) and saves the list whole. Before saving, the list is a draft carried in the form. Once
 * placed (or given a place by a published allocation) the pupil sees the place instead. There is
 * no pupil id in any path or field: a pupil reaches only their own record.
 */
@Controller
class PupilChoicesEService {

    static final String PATH = WorkplaceEService.BASE + "/mina-val";
    /** A posted list longer than this is cut (the rules then say how many the period allows). */
    private static final int MAX_DRAFT = 20;

    private final PupilKey key;
    private final PupilChoices choices;
    private final ServingMunicipalities serving;
    private final PlacementRecords records;
    private final Allocations allocations;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final FoundPlaces foundPlaces;
    private final PublicFormLimits limits;
    private final Notifications notifications;
    private final String publicUrl;
    private final PlacePositions positions;

    /** The widest search by distance, in km. */
    static final int MAX_KM = 500;
    /** How many of the period's places the search by distance measures (the bank is then cut to its limit). */
    private static final int MEASURED = 5000;

    PupilChoicesEService(PupilKey key, PupilChoices choices, ServingMunicipalities serving, PlacementRecords records, Allocations allocations,
                         AuditLog audit, MessageSource messages, Clock clock, FoundPlaces foundPlaces, PublicFormLimits limits,
                         Notifications notifications, PlacePositions positions,
                         @Value("${sambruk.public-url:${SAMBRUK_PUBLIC_URL:http://localhost:8080}}") String publicUrl) {
        this.positions = positions;
        this.foundPlaces = foundPlaces;
        this.limits = limits;
        this.notifications = notifications;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.key = key;
        this.choices = choices;
        this.serving = serving;
        this.records = records;
        this.allocations = allocations;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Who the resident is as a pupil, and the period open for their choosing (null when none). */
    record Context(PupilChoices.Pupil pupil, PupilChoices.Period period) {
    }

    private Optional<Context> context(CurrentResident resident) {
        Optional<String> hash = key.hash(resident.personalIdentityNumber());
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        List<Long> organisations = serving.today().stream().map(ServingMunicipalities.Municipality::id).toList();
        List<PupilChoices.Pupil> pupils = choices.pupilsOf(hash.get(), organisations);
        for (PupilChoices.Pupil pupil : pupils) {
            Optional<PupilChoices.Period> open = choices.openPeriodFor(pupil);
            if (open.isPresent()) {
                return Optional.of(new Context(pupil, open.get()));
            }
        }
        return pupils.stream().findFirst().map(pupil -> new Context(pupil, null));
    }

    private static String actor(CurrentResident resident) {
        return "invånare #" + resident.id();
    }

    @GetMapping(PATH)
    String page(CurrentResident resident, Model model) {
        Optional<Context> context = context(resident);
        if (context.isEmpty()) {
            return notAPupil(model);
        }
        Context c = context.get();
        List<Long> saved = c.period() == null ? List.of() : choices.choicesOf(c.pupil().organisationId(), c.pupil().id());
        return render(resident, c, saved, false, new PupilChoices.Search("", ""), Map.of(), null, model);
    }

    @PostMapping(PATH)
    String post(@RequestParam(name = "val", required = false) List<String> values, @RequestParam(name = "atgard", defaultValue = "") String action,
                @RequestParam(name = "omrade", defaultValue = "") String area, @RequestParam(name = "yrke", defaultValue = "") String trade,
                @RequestParam(name = "km", defaultValue = "") String km, @RequestParam(name = "fran", defaultValue = "") String from,
                CurrentResident resident, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Optional<Context> context = context(resident);
        if (context.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return notAPupil(model);
        }
        Context c = context.get();
        PupilChoices.Search search = new PupilChoices.Search(area, trade);
        if (c.period() == null || placedOrPublished(c)) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("closedNow", true);
            return render(resident, c, List.of(), false, search, Map.of(), null, model);
        }
        long org = c.pupil().organisationId();
        List<Long> draft = parse(values);
        String notice = null;
        model.addAttribute("km", km.strip());
        model.addAttribute("fran", from.strip().length() > 200 ? from.strip().substring(0, 200) : from.strip());
        Nearness near = null;
        if (positions.enabled() && !km.isBlank()) {
            Long maxKm = number(km.strip());
            String text = from.strip();
            if (maxKm == null || maxKm < 1 || maxKm > MAX_KM) {
                model.addAttribute("kmError", "tal.choose.badKm");
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            } else if (text.length() > 200 || text.chars().anyMatch(Character::isISOControl)) {
                model.addAttribute("franError", "tal.choose.badFrom");
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            } else {
                String origin = text.isEmpty() ? positions.schoolOrigin(c.pupil().organisationId(), c.pupil().schoolId(), c.pupil().schoolName()) : text;
                Optional<Distance.Point> point = positions.locate(origin);
                if (point.isPresent()) {
                    near = new Nearness(point.get(), maxKm.intValue(), origin);
                } else {
                    model.addAttribute("franError", "tal.choose.fromNotFound");
                    model.addAttribute("origin", origin);
                }
            }
        }
        if (action.startsWith("lagg-till-")) {
            Long id = number(action.substring("lagg-till-".length()));
            if (id == null) {
                notice = "tal.choose.unknown";
            } else if (draft.contains(id)) {
                notice = "tal.choose.already";
            } else if (draft.size() >= c.period().maxChoices()) {
                notice = "tal.choose.full";
            } else {
                draft.add(id);
            }
        } else if (action.startsWith("upp-") || action.startsWith("ned-") || action.startsWith("bort-")) {
            Long index = number(action.substring(action.indexOf('-') + 1));
            if (index != null && index >= 0 && index < draft.size()) {
                int i = index.intValue();
                if (action.startsWith("upp-") && i > 0) {
                    draft.add(i - 1, draft.remove(i));
                } else if (action.startsWith("ned-") && i < draft.size() - 1) {
                    draft.add(i + 1, draft.remove(i));
                } else if (action.startsWith("bort-")) {
                    draft.remove(i);
                }
            }
        } else if (action.equals("spara")) {
            Map<Long, ChoiceRules.Candidate> candidates = new LinkedHashMap<>();
            choices.places(org, draft.stream().filter(java.util.Objects::nonNull).toList())
                    .forEach((id, place) -> candidates.put(id, place.candidate()));
            LocalDate bornOn = c.pupil().bornOn() != null ? c.pupil().bornOn() : resident.personalIdentityNumber().dateOfBirth();
            List<ChoiceRules.Problem> problems = ChoiceRules.check(draft, c.period().maxChoices(), c.period().startsOn(), c.period().endsOn(),
                    candidates, bornOn);
            if (!problems.isEmpty()) {
                Map<Integer, String> errors = new LinkedHashMap<>();
                for (ChoiceRules.Problem problem : problems) {
                    errors.put(problem.index(), messages.getMessage(problem.code(), problem.args().toArray(), LocaleContextHolder.getLocale()));
                }
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return render(resident, c, draft, true, search, errors, null, near, model);
            }
            choices.saveByPupil(org, c.pupil().id(), draft);
            audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.pupil", c.pupil().id(), org,
                    draft.size() + " choices saved by the pupil");
            flash.addFlashAttribute("done", "tal.choose.saved");
            return "redirect:" + PATH;
        }
        return render(resident, c, draft, true, search, Map.of(), notice, near, model);
    }

    /** The pupil's search by distance: from this point (found for this text), at most this many km. */
    record Nearness(Distance.Point from, int km, String origin) {
    }

    private boolean placedOrPublished(Context c) {
        return choices.placedAt(c.pupil().organisationId(), c.pupil().id(), c.period().id()).isPresent()
                || allocations.publishedPlace(c.pupil().organisationId(), c.pupil().id()).isPresent();
    }

    private String notAPupil(Model model) {
        model.addAttribute("notPupil", true);
        model.addAttribute("keyMissing", !key.configured());
        return "tillarbetslivet/eservice/choices";
    }

    /** One line of the pupil's list: its place (null when the posted value is no place of the municipality). */
    record Line(int index, Long placeId, PupilChoices.Place place, String error) {
    }

    private String render(CurrentResident resident, Context c, List<Long> draft, boolean unsaved, PupilChoices.Search search,
                          Map<Integer, String> errors, String notice, Model model) {
        return render(resident, c, draft, unsaved, search, errors, notice, null, model);
    }

    private String render(CurrentResident resident, Context c, List<Long> draft, boolean unsaved, PupilChoices.Search search,
                          Map<Integer, String> errors, String notice, Nearness near, Model model) {
        long org = c.pupil().organisationId();
        model.addAttribute("pupil", c.pupil());
        model.addAttribute("period", c.period());
        // what the pupil has been given: placements in any period, or the place of a published allocation
        List<PlacementRecords.Placement> placed = records.placementsOfPupil(org, c.pupil().id());
        Optional<Long> published = allocations.publishedPlace(org, c.pupil().id());
        List<Long> placeIds = new ArrayList<>(draft.stream().filter(java.util.Objects::nonNull).toList());
        placed.forEach(p -> placeIds.add(p.placeId()));
        published.ifPresent(placeIds::add);
        Map<Long, PupilChoices.Place> places = choices.places(org, placeIds);
        model.addAttribute("placements", placed.stream().map(p -> new Given(records.period(org, p.periodId()).map(PlacementRecords.Period::name)
                .orElse(""), places.get(p.placeId()), p.id())).toList());
        model.addAttribute("published", placed.isEmpty() ? published.map(places::get).orElse(null) : null);
        boolean choosing = c.period() != null && placed.stream().noneMatch(p -> p.periodId() == c.period().id()) && published.isEmpty();
        model.addAttribute("choosing", choosing);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            lines.add(new Line(i, draft.get(i), draft.get(i) == null ? null : places.get(draft.get(i)), errors.get(i)));
        }
        model.addAttribute("lines", lines);
        model.addAttribute("errors", errors);
        model.addAttribute("unsaved", unsaved);
        model.addAttribute("notice", notice);
        model.addAttribute("search", search);
        if (choosing) {
            List<Distance.Near> bank = near == null
                    ? choices.bank(org, c.period(), search).stream().map(p -> new Distance.Near(p, null)).toList()
                    : Distance.within(choices.bank(org, c.period(), search, MEASURED), near.from(), near.km());
            model.addAttribute("bank", bank.size() > PupilChoices.BANK_LIMIT ? bank.subList(0, PupilChoices.BANK_LIMIT) : bank);
            model.addAttribute("near", near);
            model.addAttribute("distanceSearch", positions.enabled());
            model.addAttribute("maxKm", MAX_KM);
            model.addAttribute("more", bank.size() > PupilChoices.BANK_LIMIT);
            model.addAttribute("full", draft.size() >= c.period().maxChoices());
        }
        model.addAttribute("today", LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))));
        model.addAttribute("found", foundPlaces.ofPupil(org, c.pupil().id()));
        audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "tillarbetslivet.pupil", c.pupil().id(), org,
                "the pupil's own choices and placement");
        return "tillarbetslivet/eservice/choices";
    }

    /** The mail the pupil's own-place form sends: per pupil 5 a day, per recipient 3 a day (the core's public-form limits). */
    static final PublicFormLimits.Limit FOUND_PLACE_MAIL = new PublicFormLimits.Limit(5, 3, Duration.ofDays(1));

    /** The pupil while their period's window is open and they are not yet placed; empty otherwise (the status set, the model filled). */
    private Optional<Context> choosing(CurrentResident resident, Model model, HttpServletResponse response) {
        Optional<Context> context = context(resident);
        if (context.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            notAPupil(model);
            return Optional.empty();
        }
        Context c = context.get();
        if (c.period() == null || placedOrPublished(c)) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("closedNow", true);
            render(resident, c, List.of(), false, new PupilChoices.Search("", ""), Map.of(), null, model);
            return Optional.empty();
        }
        return context;
    }

    @GetMapping(PATH + "/egen-plats")
    String foundPlaceForm(CurrentResident resident, Model model, HttpServletResponse response) {
        Optional<Context> c = choosing(resident, model, response);
        if (c.isEmpty()) {
            return "tillarbetslivet/eservice/choices";
        }
        FoundPlaceForm form = new FoundPlaceForm();
        form.setStartsOn(c.get().period().startsOn());
        form.setEndsOn(c.get().period().endsOn());
        model.addAttribute("foundPlaceForm", form);
        model.addAttribute("period", c.get().period());
        return "tillarbetslivet/eservice/found-place-form";
    }

    @PostMapping(PATH + "/egen-plats")
    String registerFoundPlace(@Valid @ModelAttribute("foundPlaceForm") FoundPlaceForm form, BindingResult errors, CurrentResident resident,
                              Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        Optional<Context> context = choosing(resident, model, response);
        if (context.isEmpty()) {
            return "tillarbetslivet/eservice/choices";
        }
        Context c = context.get();
        PupilChoices.Period period = c.period();
        OrganisationNumber number = null;
        if (!errors.hasFieldErrors("orgNumber")) {
            number = OrganisationNumber.parse(form.getOrgNumber()).orElse(null);
            if (number == null) {
                errors.rejectValue("orgNumber", "tal.workplace.badOrgNumber");
            }
        }
        if (form.getStartsOn() != null && form.getEndsOn() != null) {
            if (form.getEndsOn().isBefore(form.getStartsOn())) {
                errors.rejectValue("endsOn", "tal.place.endsBeforeStart");
            } else if (form.getStartsOn().isBefore(period.startsOn()) || form.getEndsOn().isAfter(period.endsOn())) {
                errors.rejectValue("startsOn", "tal.found.notInPeriod", new Object[] {period.startsOn().toString(), period.endsOn().toString()}, null);
            }
        }
        String email = form.getContactEmail() == null ? "" : form.getContactEmail().strip().toLowerCase(java.util.Locale.ROOT);
        if (!errors.hasErrors() && !limits.allow("tillarbetslivet.found-place", FOUND_PLACE_MAIL, "pupil:" + c.pupil().organisationId() + ":"
                + c.pupil().id(), email)) {
            errors.reject("tal.found.limited");
            response.setStatus(429);
            model.addAttribute("period", period);
            return "tillarbetslivet/eservice/found-place-form";
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("period", period);
            return "tillarbetslivet/eservice/found-place-form";
        }
        long org = c.pupil().organisationId();
        FoundPlaces.Details details = new FoundPlaces.Details(form.getWorkplace().strip(), number.toString(), form.getAddress().strip(),
                form.getContactName().strip(), email, form.getStartsOn(), form.getEndsOn());
        String token = foundPlaces.register(org, c.pupil().id(), period.id(), details);
        java.util.Locale swedish = java.util.Locale.forLanguageTag("sv");
        notifications.email(email, messages.getMessage("tal.found.subject", null, swedish),
                messages.getMessage("tal.found.mailText", new Object[] {details.contactName(), c.pupil().name(), c.pupil().schoolName(),
                        details.workplace(), details.startsOn().toString(), details.endsOn().toString(),
                        publicUrl + WorkplaceEService.BASE + "/egen-plats/" + token, FoundPlaces.LINK_DAYS}, swedish));
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "tillarbetslivet.pupil", c.pupil().id(), org,
                "own place registered by the pupil; the workplace's contact mailed");
        flash.addFlashAttribute("done", "tal.found.sent");
        return "redirect:" + PATH;
    }

    /** A place the pupil has been given: the period's name, the place, and the placement's id (null for a published allocation). */
    record Given(String periodName, PupilChoices.Place place, Long placementId) {
    }

    private static List<Long> parse(List<String> values) {
        List<Long> parsed = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (parsed.size() == MAX_DRAFT) {
                    break;
                }
                if (value != null && !value.isBlank()) {
                    parsed.add(number(value.strip()));
                }
            }
        }
        return parsed;
    }

    private static Long number(String text) {
        if (text == null || text.length() > 18 || !text.matches("\\d+")) {
            return null;
        }
        return Long.parseLong(text);
    }
}
